module @decode_b1_s64_f32_greedy attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v15: tensor<1x1xi32> {xlagen.name = "tokens"},
      %v16: tensor<i32> {xlagen.name = "start"},
      %v17: tensor<1xi32> {xlagen.name = "pad"},
      %v18: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v19: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v22 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v23 = "stablehlo.broadcast_in_dim"(%v16) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v24 = "stablehlo.add"(%v22, %v23) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v25 = "stablehlo.reshape"(%v17) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v26 = "stablehlo.subtract"(%v24, %v25) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v27 = "stablehlo.convert"(%v26) : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %v28 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v29 = "stablehlo.reshape"(%v27) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v30 = "stablehlo.reshape"(%v28) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v31 = "stablehlo.broadcast_in_dim"(%v29) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %v32 = "stablehlo.multiply"(%v31, %v30) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %v33 = "stablehlo.concatenate"(%v32, %v32) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
    %v34 = "stablehlo.cosine"(%v33) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v35 = "stablehlo.sine"(%v33) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v36 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
    %v37 = "stablehlo.broadcast_in_dim"(%v16) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v38 = "stablehlo.add"(%v36, %v37) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v39 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
    %v40 = "stablehlo.reshape"(%v17) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v41 = "stablehlo.broadcast_in_dim"(%v40) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
    %v42 = "stablehlo.compare"(%v39, %v41) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v43 = "stablehlo.compare"(%v39, %v38) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v44 = "stablehlo.or"(%v42, %v43) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v45 = "stablehlo.compare"(%v39, %v38) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v46 = "stablehlo.and"(%v45, %v44) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v47 = "stablehlo.subtract"(%v38, %v39) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v48 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v49 = "stablehlo.broadcast_in_dim"(%v48) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v50 = "stablehlo.compare"(%v47, %v49) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v51 = "stablehlo.and"(%v46, %v50) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v52 = "stablehlo.reshape"(%v51) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
    %v53 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
    %v54 = "stablehlo.multiply"(%v53, %v53) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v55 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v59 = "stablehlo.reduce"(%v54, %v55) ({
      ^bb0(%v56: tensor<f32>, %v57: tensor<f32>):
        %v58 = "stablehlo.add"(%v56, %v57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v58) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v60 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v61 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v62 = "stablehlo.divide"(%v59, %v61) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v63 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v64 = "stablehlo.broadcast_in_dim"(%v63) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v65 = "stablehlo.add"(%v62, %v64) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v66 = "stablehlo.rsqrt"(%v65) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v67 = "stablehlo.reshape"(%v66) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v68 = "stablehlo.broadcast_in_dim"(%v67) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v69 = "stablehlo.multiply"(%v53, %v68) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v70 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v71 = "stablehlo.multiply"(%v69, %v70) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v72 = "stablehlo.reshape"(%v71) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v73 = "stablehlo.dot_general"(%v2, %v72) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v74 = "stablehlo.transpose"(%v73) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v75 = "stablehlo.reshape"(%v74) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v76 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v77 = "stablehlo.reshape"(%v76) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v78 = "stablehlo.transpose"(%v77) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v79 = "stablehlo.slice"(%v78) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v80 = "stablehlo.slice"(%v78) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v81 = "stablehlo.negate"(%v80) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v82 = "stablehlo.concatenate"(%v81, %v79) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v83 = "stablehlo.reshape"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v84 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v85 = "stablehlo.broadcast_in_dim"(%v83) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v86 = "stablehlo.multiply"(%v78, %v85) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v87 = "stablehlo.broadcast_in_dim"(%v84) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v88 = "stablehlo.multiply"(%v82, %v87) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v89 = "stablehlo.add"(%v86, %v88) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v90 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v91 = "stablehlo.reshape"(%v90) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v92 = "stablehlo.transpose"(%v91) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v93 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v94 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v95 = "stablehlo.negate"(%v94) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v96 = "stablehlo.concatenate"(%v95, %v93) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v97 = "stablehlo.reshape"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v98 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v99 = "stablehlo.broadcast_in_dim"(%v97) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v100 = "stablehlo.multiply"(%v92, %v99) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v101 = "stablehlo.broadcast_in_dim"(%v98) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v102 = "stablehlo.multiply"(%v96, %v101) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v103 = "stablehlo.add"(%v100, %v102) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v104 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v105 = "stablehlo.reshape"(%v104) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v106 = "stablehlo.transpose"(%v105) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v107 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v108 = "stablehlo.reshape"(%v103) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v109 = "stablehlo.dynamic_update_slice"(%v18, %v108, %v107, %v16, %v107) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v110 = "stablehlo.reshape"(%v106) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v111 = "stablehlo.dynamic_update_slice"(%v20, %v110, %v107, %v16, %v107) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v112 = "stablehlo.reshape"(%v89) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v113 = "stablehlo.reshape"(%v112) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v114 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v115 = "stablehlo.custom_call"(%v113, %v109, %v111, %v16, %v17, %v114) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_decode_attention"} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16xf32>
    %v116 = "stablehlo.reshape"(%v115) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v117 = "stablehlo.transpose"(%v116) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v118 = "stablehlo.reshape"(%v117) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v119 = "stablehlo.reshape"(%v118) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v120 = "stablehlo.dot_general"(%v3, %v119) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v123 = "stablehlo.add"(%v53, %v122) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v124 = "stablehlo.multiply"(%v123, %v123) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v125 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v129 = "stablehlo.reduce"(%v124, %v125) ({
      ^bb0(%v126: tensor<f32>, %v127: tensor<f32>):
        %v128 = "stablehlo.add"(%v126, %v127) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v128) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v130 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v131 = "stablehlo.broadcast_in_dim"(%v130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v132 = "stablehlo.divide"(%v129, %v131) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v133 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v134 = "stablehlo.broadcast_in_dim"(%v133) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v135 = "stablehlo.add"(%v132, %v134) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v136 = "stablehlo.rsqrt"(%v135) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v137 = "stablehlo.reshape"(%v136) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v138 = "stablehlo.broadcast_in_dim"(%v137) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v139 = "stablehlo.multiply"(%v123, %v138) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v140 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v141 = "stablehlo.multiply"(%v139, %v140) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v142 = "stablehlo.reshape"(%v141) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v143 = "stablehlo.dot_general"(%v5, %v142) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v144 = "stablehlo.transpose"(%v143) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v145 = "stablehlo.reshape"(%v144) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v146 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v147 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v148 = "stablehlo.logistic"(%v146) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v149 = "stablehlo.multiply"(%v146, %v148) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v150 = "stablehlo.multiply"(%v149, %v147) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v152 = "stablehlo.dot_general"(%v6, %v151) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v153 = "stablehlo.transpose"(%v152) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v154 = "stablehlo.reshape"(%v153) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v155 = "stablehlo.add"(%v123, %v154) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v156 = "stablehlo.multiply"(%v155, %v155) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v157 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v161 = "stablehlo.reduce"(%v156, %v157) ({
      ^bb0(%v158: tensor<f32>, %v159: tensor<f32>):
        %v160 = "stablehlo.add"(%v158, %v159) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v160) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v162 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v163 = "stablehlo.broadcast_in_dim"(%v162) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v164 = "stablehlo.divide"(%v161, %v163) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v165 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v166 = "stablehlo.broadcast_in_dim"(%v165) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v167 = "stablehlo.add"(%v164, %v166) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v168 = "stablehlo.rsqrt"(%v167) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v169 = "stablehlo.reshape"(%v168) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v171 = "stablehlo.multiply"(%v155, %v170) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v172 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v173 = "stablehlo.multiply"(%v171, %v172) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v174 = "stablehlo.reshape"(%v173) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v175 = "stablehlo.dot_general"(%v8, %v174) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v176 = "stablehlo.transpose"(%v175) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v177 = "stablehlo.reshape"(%v176) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v178 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v180 = "stablehlo.transpose"(%v179) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v181 = "stablehlo.slice"(%v180) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v182 = "stablehlo.slice"(%v180) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v183 = "stablehlo.negate"(%v182) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v184 = "stablehlo.concatenate"(%v183, %v181) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v185 = "stablehlo.reshape"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v186 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v187 = "stablehlo.broadcast_in_dim"(%v185) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v188 = "stablehlo.multiply"(%v180, %v187) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v189 = "stablehlo.broadcast_in_dim"(%v186) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v190 = "stablehlo.multiply"(%v184, %v189) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v191 = "stablehlo.add"(%v188, %v190) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v192 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v193 = "stablehlo.reshape"(%v192) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v194 = "stablehlo.transpose"(%v193) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v195 = "stablehlo.slice"(%v194) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v196 = "stablehlo.slice"(%v194) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v197 = "stablehlo.negate"(%v196) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v198 = "stablehlo.concatenate"(%v197, %v195) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v199 = "stablehlo.reshape"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v200 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v201 = "stablehlo.broadcast_in_dim"(%v199) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v202 = "stablehlo.multiply"(%v194, %v201) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v203 = "stablehlo.broadcast_in_dim"(%v200) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v204 = "stablehlo.multiply"(%v198, %v203) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v205 = "stablehlo.add"(%v202, %v204) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v206 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v207 = "stablehlo.reshape"(%v206) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v208 = "stablehlo.transpose"(%v207) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v209 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v210 = "stablehlo.reshape"(%v205) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v211 = "stablehlo.dynamic_update_slice"(%v19, %v210, %v209, %v16, %v209) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v212 = "stablehlo.reshape"(%v208) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v213 = "stablehlo.dynamic_update_slice"(%v21, %v212, %v209, %v16, %v209) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v214 = "stablehlo.reshape"(%v191) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v215 = "stablehlo.reshape"(%v214) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v216 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v217 = "stablehlo.custom_call"(%v215, %v211, %v213, %v16, %v17, %v216) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_decode_attention"} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16xf32>
    %v218 = "stablehlo.reshape"(%v217) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v219 = "stablehlo.transpose"(%v218) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v220 = "stablehlo.reshape"(%v219) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v221 = "stablehlo.reshape"(%v220) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v222 = "stablehlo.dot_general"(%v9, %v221) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v223 = "stablehlo.transpose"(%v222) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v224 = "stablehlo.reshape"(%v223) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v225 = "stablehlo.add"(%v155, %v224) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v226 = "stablehlo.multiply"(%v225, %v225) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v227 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v231 = "stablehlo.reduce"(%v226, %v227) ({
      ^bb0(%v228: tensor<f32>, %v229: tensor<f32>):
        %v230 = "stablehlo.add"(%v228, %v229) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v230) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v232 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v233 = "stablehlo.broadcast_in_dim"(%v232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v234 = "stablehlo.divide"(%v231, %v233) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v235 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v236 = "stablehlo.broadcast_in_dim"(%v235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v237 = "stablehlo.add"(%v234, %v236) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v238 = "stablehlo.rsqrt"(%v237) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v239 = "stablehlo.reshape"(%v238) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v240 = "stablehlo.broadcast_in_dim"(%v239) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v241 = "stablehlo.multiply"(%v225, %v240) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v242 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v243 = "stablehlo.multiply"(%v241, %v242) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v244 = "stablehlo.reshape"(%v243) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v245 = "stablehlo.dot_general"(%v11, %v244) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v246 = "stablehlo.transpose"(%v245) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v247 = "stablehlo.reshape"(%v246) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v248 = "stablehlo.slice"(%v247) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v249 = "stablehlo.slice"(%v247) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v250 = "stablehlo.logistic"(%v248) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v251 = "stablehlo.multiply"(%v248, %v250) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v252 = "stablehlo.multiply"(%v251, %v249) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v253 = "stablehlo.reshape"(%v252) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v254 = "stablehlo.dot_general"(%v12, %v253) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v255 = "stablehlo.transpose"(%v254) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v256 = "stablehlo.reshape"(%v255) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v257 = "stablehlo.add"(%v225, %v256) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v258 = "stablehlo.multiply"(%v257, %v257) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v259 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v263 = "stablehlo.reduce"(%v258, %v259) ({
      ^bb0(%v260: tensor<f32>, %v261: tensor<f32>):
        %v262 = "stablehlo.add"(%v260, %v261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v262) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v264 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v265 = "stablehlo.broadcast_in_dim"(%v264) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v266 = "stablehlo.divide"(%v263, %v265) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v267 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v268 = "stablehlo.broadcast_in_dim"(%v267) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v269 = "stablehlo.add"(%v266, %v268) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v270 = "stablehlo.rsqrt"(%v269) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v271 = "stablehlo.reshape"(%v270) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v272 = "stablehlo.broadcast_in_dim"(%v271) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v273 = "stablehlo.multiply"(%v257, %v272) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v274 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v275 = "stablehlo.multiply"(%v273, %v274) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v276 = "stablehlo.slice"(%v275) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v277 = "stablehlo.reshape"(%v276) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v278 = "stablehlo.dot_general"(%v14, %v277) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v279 = "stablehlo.transpose"(%v278) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v280 = "stablehlo.reshape"(%v279) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v282 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v283 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v284 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v296, %v297 = "stablehlo.reduce"(%v281, %v282, %v283, %v284) ({
      ^bb0(%v285: tensor<f32>, %v286: tensor<i32>, %v287: tensor<f32>, %v288: tensor<i32>):
        %v289 = "stablehlo.compare"(%v287, %v285) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v290 = "stablehlo.compare"(%v287, %v285) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v291 = "stablehlo.compare"(%v288, %v286) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v292 = "stablehlo.and"(%v290, %v291) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v293 = "stablehlo.or"(%v289, %v292) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v294 = "stablehlo.select"(%v293, %v287, %v285) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v295 = "stablehlo.select"(%v293, %v288, %v286) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v294, %v295) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v298 = "stablehlo.reshape"(%v297) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v298, %v109, %v211, %v111, %v213) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
