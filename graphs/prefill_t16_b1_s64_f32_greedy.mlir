module @prefill_t16_b1_s64_f32_greedy attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(
      %v0: tensor<96x64xf32> {xlagen.name = "model.embed_tokens.weight"},
      %v1: tensor<64xf32> {xlagen.name = "model.layers.0.input_layernorm.weight"},
      %v2: tensor<128x64xf32> {xlagen.name = "model.layers.0.self_attn.qkv_proj.weight"},
      %v3: tensor<64x64xf32> {xlagen.name = "model.layers.0.self_attn.o_proj.weight"},
      %v4: tensor<64xf32> {xlagen.name = "model.layers.0.post_attention_layernorm.weight"},
      %v5: tensor<320x64xf32> {xlagen.name = "model.layers.0.mlp.gate_up_proj.weight"},
      %v6: tensor<64x160xf32> {xlagen.name = "model.layers.0.mlp.down_proj.weight"},
      %v7: tensor<64xf32> {xlagen.name = "model.layers.1.input_layernorm.weight"},
      %v8: tensor<128x64xf32> {xlagen.name = "model.layers.1.self_attn.qkv_proj.weight"},
      %v9: tensor<64x64xf32> {xlagen.name = "model.layers.1.self_attn.o_proj.weight"},
      %v10: tensor<64xf32> {xlagen.name = "model.layers.1.post_attention_layernorm.weight"},
      %v11: tensor<320x64xf32> {xlagen.name = "model.layers.1.mlp.gate_up_proj.weight"},
      %v12: tensor<64x160xf32> {xlagen.name = "model.layers.1.mlp.down_proj.weight"},
      %v13: tensor<64xf32> {xlagen.name = "model.norm.weight"},
      %v14: tensor<96x64xf32> {xlagen.name = "lm_head.weight"},
      %v15: tensor<1x16xi32> {xlagen.name = "tokens"},
      %v16: tensor<i32> {xlagen.name = "start"},
      %v17: tensor<1xi32> {xlagen.name = "pad"},
      %v18: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v19: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v22 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v23 = "stablehlo.broadcast_in_dim"(%v16) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16xi32>
    %v24 = "stablehlo.add"(%v22, %v23) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v25 = "stablehlo.reshape"(%v17) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v26 = "stablehlo.broadcast_in_dim"(%v25) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v27 = "stablehlo.subtract"(%v24, %v26) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v28 = "stablehlo.convert"(%v27) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v29 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v30 = "stablehlo.reshape"(%v28) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v31 = "stablehlo.reshape"(%v29) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v32 = "stablehlo.broadcast_in_dim"(%v30) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v33 = "stablehlo.broadcast_in_dim"(%v31) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v34 = "stablehlo.multiply"(%v32, %v33) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v35 = "stablehlo.concatenate"(%v34, %v34) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v36 = "stablehlo.cosine"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v37 = "stablehlo.sine"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v38 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v39 = "stablehlo.broadcast_in_dim"(%v16) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v40 = "stablehlo.add"(%v38, %v39) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v41 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v42 = "stablehlo.reshape"(%v17) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v43 = "stablehlo.broadcast_in_dim"(%v42) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v44 = "stablehlo.compare"(%v41, %v43) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v45 = "stablehlo.compare"(%v41, %v40) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v46 = "stablehlo.or"(%v44, %v45) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v47 = "stablehlo.compare"(%v41, %v40) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v48 = "stablehlo.and"(%v47, %v46) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v49 = "stablehlo.subtract"(%v40, %v41) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v50 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v51 = "stablehlo.broadcast_in_dim"(%v50) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v52 = "stablehlo.compare"(%v49, %v51) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v53 = "stablehlo.and"(%v48, %v52) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v54 = "stablehlo.reshape"(%v53) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v55 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v56 = "stablehlo.multiply"(%v55, %v55) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v57 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v61 = "stablehlo.reduce"(%v56, %v57) ({
      ^bb0(%v58: tensor<f32>, %v59: tensor<f32>):
        %v60 = "stablehlo.add"(%v58, %v59) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v60) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v62 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v63 = "stablehlo.broadcast_in_dim"(%v62) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v64 = "stablehlo.divide"(%v61, %v63) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v65 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v66 = "stablehlo.broadcast_in_dim"(%v65) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v67 = "stablehlo.add"(%v64, %v66) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v68 = "stablehlo.rsqrt"(%v67) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v69 = "stablehlo.reshape"(%v68) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v70 = "stablehlo.broadcast_in_dim"(%v69) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v71 = "stablehlo.multiply"(%v55, %v70) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v72 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v73 = "stablehlo.multiply"(%v71, %v72) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v74 = "stablehlo.reshape"(%v73) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v75 = "stablehlo.dot_general"(%v2, %v74) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v76 = "stablehlo.transpose"(%v75) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v77 = "stablehlo.reshape"(%v76) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v78 = "stablehlo.slice"(%v77) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v79 = "stablehlo.reshape"(%v78) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v80 = "stablehlo.transpose"(%v79) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v81 = "stablehlo.slice"(%v80) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v82 = "stablehlo.slice"(%v80) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v83 = "stablehlo.negate"(%v82) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v84 = "stablehlo.concatenate"(%v83, %v81) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v85 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v86 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v87 = "stablehlo.broadcast_in_dim"(%v85) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v88 = "stablehlo.multiply"(%v80, %v87) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v89 = "stablehlo.broadcast_in_dim"(%v86) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v90 = "stablehlo.multiply"(%v84, %v89) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v91 = "stablehlo.add"(%v88, %v90) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v92 = "stablehlo.slice"(%v77) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v93 = "stablehlo.reshape"(%v92) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v94 = "stablehlo.transpose"(%v93) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v95 = "stablehlo.slice"(%v94) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v96 = "stablehlo.slice"(%v94) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v97 = "stablehlo.negate"(%v96) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v98 = "stablehlo.concatenate"(%v97, %v95) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v99 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v100 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v101 = "stablehlo.broadcast_in_dim"(%v99) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v102 = "stablehlo.multiply"(%v94, %v101) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.broadcast_in_dim"(%v100) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v104 = "stablehlo.multiply"(%v98, %v103) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v105 = "stablehlo.add"(%v102, %v104) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v106 = "stablehlo.slice"(%v77) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v107 = "stablehlo.reshape"(%v106) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v108 = "stablehlo.transpose"(%v107) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v109 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v110 = "stablehlo.reshape"(%v105) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v111 = "stablehlo.dynamic_update_slice"(%v18, %v110, %v109, %v16, %v109) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v112 = "stablehlo.reshape"(%v108) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v113 = "stablehlo.dynamic_update_slice"(%v20, %v112, %v109, %v16, %v109) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v114 = "stablehlo.reshape"(%v91) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v115 = "stablehlo.reshape"(%v114) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v116 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v117 = "stablehlo.reshape"(%v115) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v118 = "stablehlo.custom_call"(%v117, %v111, %v113, %v16, %v17, %v116) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v119 = "stablehlo.reshape"(%v118) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v120 = "stablehlo.reshape"(%v119) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v123 = "stablehlo.reshape"(%v122) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v124 = "stablehlo.dot_general"(%v3, %v123) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v125 = "stablehlo.transpose"(%v124) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v126 = "stablehlo.reshape"(%v125) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v127 = "stablehlo.add"(%v55, %v126) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v128 = "stablehlo.multiply"(%v127, %v127) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v129 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v133 = "stablehlo.reduce"(%v128, %v129) ({
      ^bb0(%v130: tensor<f32>, %v131: tensor<f32>):
        %v132 = "stablehlo.add"(%v130, %v131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v132) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v134 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v135 = "stablehlo.broadcast_in_dim"(%v134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v136 = "stablehlo.divide"(%v133, %v135) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v137 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v138 = "stablehlo.broadcast_in_dim"(%v137) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v139 = "stablehlo.add"(%v136, %v138) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v140 = "stablehlo.rsqrt"(%v139) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v141 = "stablehlo.reshape"(%v140) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v142 = "stablehlo.broadcast_in_dim"(%v141) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v143 = "stablehlo.multiply"(%v127, %v142) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v144 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v145 = "stablehlo.multiply"(%v143, %v144) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v146 = "stablehlo.reshape"(%v145) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v147 = "stablehlo.dot_general"(%v5, %v146) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v148 = "stablehlo.transpose"(%v147) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v149 = "stablehlo.reshape"(%v148) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v150 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v151 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v152 = "stablehlo.logistic"(%v150) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v153 = "stablehlo.multiply"(%v150, %v152) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v154 = "stablehlo.multiply"(%v153, %v151) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v156 = "stablehlo.dot_general"(%v6, %v155) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v157 = "stablehlo.transpose"(%v156) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v158 = "stablehlo.reshape"(%v157) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v159 = "stablehlo.add"(%v127, %v158) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v160 = "stablehlo.multiply"(%v159, %v159) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v161 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v165 = "stablehlo.reduce"(%v160, %v161) ({
      ^bb0(%v162: tensor<f32>, %v163: tensor<f32>):
        %v164 = "stablehlo.add"(%v162, %v163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v164) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v166 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v167 = "stablehlo.broadcast_in_dim"(%v166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v168 = "stablehlo.divide"(%v165, %v167) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v169 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v171 = "stablehlo.add"(%v168, %v170) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v172 = "stablehlo.rsqrt"(%v171) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v173 = "stablehlo.reshape"(%v172) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v174 = "stablehlo.broadcast_in_dim"(%v173) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v175 = "stablehlo.multiply"(%v159, %v174) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v176 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v177 = "stablehlo.multiply"(%v175, %v176) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v178 = "stablehlo.reshape"(%v177) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v179 = "stablehlo.dot_general"(%v8, %v178) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v180 = "stablehlo.transpose"(%v179) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v181 = "stablehlo.reshape"(%v180) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v182 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v183 = "stablehlo.reshape"(%v182) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v184 = "stablehlo.transpose"(%v183) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v185 = "stablehlo.slice"(%v184) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v186 = "stablehlo.slice"(%v184) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v187 = "stablehlo.negate"(%v186) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v188 = "stablehlo.concatenate"(%v187, %v185) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v189 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v190 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v191 = "stablehlo.broadcast_in_dim"(%v189) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v192 = "stablehlo.multiply"(%v184, %v191) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v193 = "stablehlo.broadcast_in_dim"(%v190) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v194 = "stablehlo.multiply"(%v188, %v193) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v195 = "stablehlo.add"(%v192, %v194) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v196 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v197 = "stablehlo.reshape"(%v196) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v198 = "stablehlo.transpose"(%v197) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v199 = "stablehlo.slice"(%v198) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v200 = "stablehlo.slice"(%v198) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v201 = "stablehlo.negate"(%v200) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v202 = "stablehlo.concatenate"(%v201, %v199) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v203 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v204 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v205 = "stablehlo.broadcast_in_dim"(%v203) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v206 = "stablehlo.multiply"(%v198, %v205) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v207 = "stablehlo.broadcast_in_dim"(%v204) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v208 = "stablehlo.multiply"(%v202, %v207) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v209 = "stablehlo.add"(%v206, %v208) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v210 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v211 = "stablehlo.reshape"(%v210) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v212 = "stablehlo.transpose"(%v211) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v213 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v214 = "stablehlo.reshape"(%v209) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v215 = "stablehlo.dynamic_update_slice"(%v19, %v214, %v213, %v16, %v213) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v216 = "stablehlo.reshape"(%v212) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v217 = "stablehlo.dynamic_update_slice"(%v21, %v216, %v213, %v16, %v213) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v218 = "stablehlo.reshape"(%v195) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v219 = "stablehlo.reshape"(%v218) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v220 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v221 = "stablehlo.reshape"(%v219) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v222 = "stablehlo.custom_call"(%v221, %v215, %v217, %v16, %v17, %v220) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v223 = "stablehlo.reshape"(%v222) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v224 = "stablehlo.reshape"(%v223) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v225 = "stablehlo.transpose"(%v224) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v226 = "stablehlo.reshape"(%v225) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v227 = "stablehlo.reshape"(%v226) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v228 = "stablehlo.dot_general"(%v9, %v227) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v229 = "stablehlo.transpose"(%v228) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v230 = "stablehlo.reshape"(%v229) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v231 = "stablehlo.add"(%v159, %v230) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v232 = "stablehlo.multiply"(%v231, %v231) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v233 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v237 = "stablehlo.reduce"(%v232, %v233) ({
      ^bb0(%v234: tensor<f32>, %v235: tensor<f32>):
        %v236 = "stablehlo.add"(%v234, %v235) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v236) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v238 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v239 = "stablehlo.broadcast_in_dim"(%v238) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v240 = "stablehlo.divide"(%v237, %v239) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v241 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v242 = "stablehlo.broadcast_in_dim"(%v241) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v243 = "stablehlo.add"(%v240, %v242) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v244 = "stablehlo.rsqrt"(%v243) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v245 = "stablehlo.reshape"(%v244) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v246 = "stablehlo.broadcast_in_dim"(%v245) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v247 = "stablehlo.multiply"(%v231, %v246) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v248 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v249 = "stablehlo.multiply"(%v247, %v248) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v250 = "stablehlo.reshape"(%v249) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v251 = "stablehlo.dot_general"(%v11, %v250) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v252 = "stablehlo.transpose"(%v251) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v253 = "stablehlo.reshape"(%v252) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v254 = "stablehlo.slice"(%v253) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v255 = "stablehlo.slice"(%v253) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v256 = "stablehlo.logistic"(%v254) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v257 = "stablehlo.multiply"(%v254, %v256) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v258 = "stablehlo.multiply"(%v257, %v255) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v259 = "stablehlo.reshape"(%v258) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v260 = "stablehlo.dot_general"(%v12, %v259) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v261 = "stablehlo.transpose"(%v260) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v262 = "stablehlo.reshape"(%v261) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v263 = "stablehlo.add"(%v231, %v262) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v264 = "stablehlo.multiply"(%v263, %v263) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v265 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v269 = "stablehlo.reduce"(%v264, %v265) ({
      ^bb0(%v266: tensor<f32>, %v267: tensor<f32>):
        %v268 = "stablehlo.add"(%v266, %v267) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v268) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v270 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v271 = "stablehlo.broadcast_in_dim"(%v270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v272 = "stablehlo.divide"(%v269, %v271) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v273 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v274 = "stablehlo.broadcast_in_dim"(%v273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v275 = "stablehlo.add"(%v272, %v274) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v276 = "stablehlo.rsqrt"(%v275) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v277 = "stablehlo.reshape"(%v276) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v278 = "stablehlo.broadcast_in_dim"(%v277) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v279 = "stablehlo.multiply"(%v263, %v278) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v280 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v281 = "stablehlo.multiply"(%v279, %v280) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v282 = "stablehlo.slice"(%v281) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 15, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x1x64xf32>
    %v283 = "stablehlo.reshape"(%v282) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v284 = "stablehlo.dot_general"(%v14, %v283) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v285 = "stablehlo.transpose"(%v284) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v286 = "stablehlo.reshape"(%v285) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v287 = "stablehlo.reshape"(%v286) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v288 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v289 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v290 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v302, %v303 = "stablehlo.reduce"(%v287, %v288, %v289, %v290) ({
      ^bb0(%v291: tensor<f32>, %v292: tensor<i32>, %v293: tensor<f32>, %v294: tensor<i32>):
        %v295 = "stablehlo.compare"(%v293, %v291) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v296 = "stablehlo.compare"(%v293, %v291) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v297 = "stablehlo.compare"(%v294, %v292) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v298 = "stablehlo.and"(%v296, %v297) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v299 = "stablehlo.or"(%v295, %v298) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v300 = "stablehlo.select"(%v299, %v293, %v291) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v301 = "stablehlo.select"(%v299, %v294, %v292) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v300, %v301) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v304 = "stablehlo.reshape"(%v303) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v304, %v111, %v215, %v113, %v217) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
