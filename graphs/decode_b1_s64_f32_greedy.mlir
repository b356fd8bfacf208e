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
    %v115 = "stablehlo.reshape"(%v113) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %v116 = "stablehlo.custom_call"(%v115, %v109, %v111, %v16, %v17, %v114) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
    %v117 = "stablehlo.reshape"(%v116) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v118 = "stablehlo.reshape"(%v117) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v119 = "stablehlo.transpose"(%v118) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v120 = "stablehlo.reshape"(%v119) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v121 = "stablehlo.reshape"(%v120) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v122 = "stablehlo.dot_general"(%v3, %v121) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v123 = "stablehlo.transpose"(%v122) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v125 = "stablehlo.add"(%v53, %v124) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v126 = "stablehlo.multiply"(%v125, %v125) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v127 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v131 = "stablehlo.reduce"(%v126, %v127) ({
      ^bb0(%v128: tensor<f32>, %v129: tensor<f32>):
        %v130 = "stablehlo.add"(%v128, %v129) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v130) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v132 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v133 = "stablehlo.broadcast_in_dim"(%v132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v134 = "stablehlo.divide"(%v131, %v133) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v135 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v136 = "stablehlo.broadcast_in_dim"(%v135) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v137 = "stablehlo.add"(%v134, %v136) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v138 = "stablehlo.rsqrt"(%v137) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v139 = "stablehlo.reshape"(%v138) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v140 = "stablehlo.broadcast_in_dim"(%v139) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v141 = "stablehlo.multiply"(%v125, %v140) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v142 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v143 = "stablehlo.multiply"(%v141, %v142) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v144 = "stablehlo.reshape"(%v143) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v145 = "stablehlo.dot_general"(%v5, %v144) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v146 = "stablehlo.transpose"(%v145) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v147 = "stablehlo.reshape"(%v146) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v148 = "stablehlo.slice"(%v147) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v149 = "stablehlo.slice"(%v147) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v150 = "stablehlo.logistic"(%v148) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v151 = "stablehlo.multiply"(%v148, %v150) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v152 = "stablehlo.multiply"(%v151, %v149) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v153 = "stablehlo.reshape"(%v152) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v154 = "stablehlo.dot_general"(%v6, %v153) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v155 = "stablehlo.transpose"(%v154) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v156 = "stablehlo.reshape"(%v155) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v157 = "stablehlo.add"(%v125, %v156) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v158 = "stablehlo.multiply"(%v157, %v157) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v159 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v163 = "stablehlo.reduce"(%v158, %v159) ({
      ^bb0(%v160: tensor<f32>, %v161: tensor<f32>):
        %v162 = "stablehlo.add"(%v160, %v161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v162) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v164 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v165 = "stablehlo.broadcast_in_dim"(%v164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v166 = "stablehlo.divide"(%v163, %v165) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v167 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v168 = "stablehlo.broadcast_in_dim"(%v167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v169 = "stablehlo.add"(%v166, %v168) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v170 = "stablehlo.rsqrt"(%v169) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v171 = "stablehlo.reshape"(%v170) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v172 = "stablehlo.broadcast_in_dim"(%v171) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v173 = "stablehlo.multiply"(%v157, %v172) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v174 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v175 = "stablehlo.multiply"(%v173, %v174) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v176 = "stablehlo.reshape"(%v175) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v177 = "stablehlo.dot_general"(%v8, %v176) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v178 = "stablehlo.transpose"(%v177) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v180 = "stablehlo.slice"(%v179) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v181 = "stablehlo.reshape"(%v180) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v182 = "stablehlo.transpose"(%v181) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v183 = "stablehlo.slice"(%v182) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v184 = "stablehlo.slice"(%v182) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v185 = "stablehlo.negate"(%v184) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v186 = "stablehlo.concatenate"(%v185, %v183) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v187 = "stablehlo.reshape"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v188 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v189 = "stablehlo.broadcast_in_dim"(%v187) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v190 = "stablehlo.multiply"(%v182, %v189) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v191 = "stablehlo.broadcast_in_dim"(%v188) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v192 = "stablehlo.multiply"(%v186, %v191) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v193 = "stablehlo.add"(%v190, %v192) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v194 = "stablehlo.slice"(%v179) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v195 = "stablehlo.reshape"(%v194) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v196 = "stablehlo.transpose"(%v195) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v197 = "stablehlo.slice"(%v196) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v198 = "stablehlo.slice"(%v196) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v199 = "stablehlo.negate"(%v198) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v200 = "stablehlo.concatenate"(%v199, %v197) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v201 = "stablehlo.reshape"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v202 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v203 = "stablehlo.broadcast_in_dim"(%v201) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v204 = "stablehlo.multiply"(%v196, %v203) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v205 = "stablehlo.broadcast_in_dim"(%v202) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v206 = "stablehlo.multiply"(%v200, %v205) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v207 = "stablehlo.add"(%v204, %v206) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v208 = "stablehlo.slice"(%v179) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v209 = "stablehlo.reshape"(%v208) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v210 = "stablehlo.transpose"(%v209) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v211 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v212 = "stablehlo.reshape"(%v207) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v213 = "stablehlo.dynamic_update_slice"(%v19, %v212, %v211, %v16, %v211) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v214 = "stablehlo.reshape"(%v210) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v215 = "stablehlo.dynamic_update_slice"(%v21, %v214, %v211, %v16, %v211) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v216 = "stablehlo.reshape"(%v193) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v217 = "stablehlo.reshape"(%v216) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v218 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v219 = "stablehlo.reshape"(%v217) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %v220 = "stablehlo.custom_call"(%v219, %v213, %v215, %v16, %v17, %v218) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
    %v221 = "stablehlo.reshape"(%v220) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v222 = "stablehlo.reshape"(%v221) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v223 = "stablehlo.transpose"(%v222) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v224 = "stablehlo.reshape"(%v223) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v225 = "stablehlo.reshape"(%v224) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v226 = "stablehlo.dot_general"(%v9, %v225) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v227 = "stablehlo.transpose"(%v226) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v228 = "stablehlo.reshape"(%v227) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v229 = "stablehlo.add"(%v157, %v228) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v230 = "stablehlo.multiply"(%v229, %v229) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v231 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v235 = "stablehlo.reduce"(%v230, %v231) ({
      ^bb0(%v232: tensor<f32>, %v233: tensor<f32>):
        %v234 = "stablehlo.add"(%v232, %v233) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v234) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v236 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v237 = "stablehlo.broadcast_in_dim"(%v236) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v238 = "stablehlo.divide"(%v235, %v237) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v239 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v240 = "stablehlo.broadcast_in_dim"(%v239) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v241 = "stablehlo.add"(%v238, %v240) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v242 = "stablehlo.rsqrt"(%v241) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v243 = "stablehlo.reshape"(%v242) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v244 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v245 = "stablehlo.multiply"(%v229, %v244) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v246 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v247 = "stablehlo.multiply"(%v245, %v246) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v248 = "stablehlo.reshape"(%v247) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v249 = "stablehlo.dot_general"(%v11, %v248) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v250 = "stablehlo.transpose"(%v249) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v251 = "stablehlo.reshape"(%v250) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v252 = "stablehlo.slice"(%v251) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v253 = "stablehlo.slice"(%v251) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v254 = "stablehlo.logistic"(%v252) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v255 = "stablehlo.multiply"(%v252, %v254) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v256 = "stablehlo.multiply"(%v255, %v253) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v257 = "stablehlo.reshape"(%v256) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v258 = "stablehlo.dot_general"(%v12, %v257) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v259 = "stablehlo.transpose"(%v258) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v260 = "stablehlo.reshape"(%v259) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v261 = "stablehlo.add"(%v229, %v260) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v262 = "stablehlo.multiply"(%v261, %v261) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v263 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v267 = "stablehlo.reduce"(%v262, %v263) ({
      ^bb0(%v264: tensor<f32>, %v265: tensor<f32>):
        %v266 = "stablehlo.add"(%v264, %v265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v266) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v268 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v269 = "stablehlo.broadcast_in_dim"(%v268) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v270 = "stablehlo.divide"(%v267, %v269) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v271 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v272 = "stablehlo.broadcast_in_dim"(%v271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v273 = "stablehlo.add"(%v270, %v272) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v274 = "stablehlo.rsqrt"(%v273) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v275 = "stablehlo.reshape"(%v274) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v276 = "stablehlo.broadcast_in_dim"(%v275) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v277 = "stablehlo.multiply"(%v261, %v276) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v278 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v279 = "stablehlo.multiply"(%v277, %v278) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v280 = "stablehlo.slice"(%v279) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v282 = "stablehlo.dot_general"(%v14, %v281) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v283 = "stablehlo.transpose"(%v282) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v284 = "stablehlo.reshape"(%v283) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v285 = "stablehlo.reshape"(%v284) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v286 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v287 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v288 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v300, %v301 = "stablehlo.reduce"(%v285, %v286, %v287, %v288) ({
      ^bb0(%v289: tensor<f32>, %v290: tensor<i32>, %v291: tensor<f32>, %v292: tensor<i32>):
        %v293 = "stablehlo.compare"(%v291, %v289) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v294 = "stablehlo.compare"(%v291, %v289) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v295 = "stablehlo.compare"(%v292, %v290) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v296 = "stablehlo.and"(%v294, %v295) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v297 = "stablehlo.or"(%v293, %v296) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v298 = "stablehlo.select"(%v297, %v291, %v289) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v299 = "stablehlo.select"(%v297, %v292, %v290) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v298, %v299) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v302 = "stablehlo.reshape"(%v301) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v302, %v109, %v213, %v111, %v215) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
