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
      %v16: tensor<1xi32> {xlagen.name = "start"},
      %v17: tensor<i32> {xlagen.name = "slot"},
      %v18: tensor<i32> {xlagen.name = "last"},
      %v19: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v23 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v24 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v25 = "stablehlo.broadcast_in_dim"(%v24) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v26 = "stablehlo.add"(%v23, %v25) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v27 = "stablehlo.convert"(%v26) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v28 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v29 = "stablehlo.reshape"(%v27) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v30 = "stablehlo.reshape"(%v28) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v31 = "stablehlo.broadcast_in_dim"(%v29) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v32 = "stablehlo.broadcast_in_dim"(%v30) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v33 = "stablehlo.multiply"(%v31, %v32) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v34 = "stablehlo.concatenate"(%v33, %v33) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v35 = "stablehlo.cosine"(%v34) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v36 = "stablehlo.sine"(%v34) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v37 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v38 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v39 = "stablehlo.broadcast_in_dim"(%v38) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v40 = "stablehlo.add"(%v37, %v39) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v41 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v42 = "stablehlo.compare"(%v41, %v40) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v43 = "stablehlo.subtract"(%v40, %v41) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v44 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v45 = "stablehlo.broadcast_in_dim"(%v44) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v46 = "stablehlo.compare"(%v43, %v45) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v47 = "stablehlo.and"(%v42, %v46) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v48 = "stablehlo.reshape"(%v47) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v49 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v50 = "stablehlo.multiply"(%v49, %v49) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v51 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v55 = "stablehlo.reduce"(%v50, %v51) ({
      ^bb0(%v52: tensor<f32>, %v53: tensor<f32>):
        %v54 = "stablehlo.add"(%v52, %v53) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v54) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v56 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v57 = "stablehlo.broadcast_in_dim"(%v56) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v58 = "stablehlo.divide"(%v55, %v57) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v59 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v60 = "stablehlo.broadcast_in_dim"(%v59) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v61 = "stablehlo.add"(%v58, %v60) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v62 = "stablehlo.rsqrt"(%v61) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.reshape"(%v62) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v64 = "stablehlo.broadcast_in_dim"(%v63) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v65 = "stablehlo.multiply"(%v49, %v64) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v66 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v67 = "stablehlo.multiply"(%v65, %v66) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v68 = "stablehlo.reshape"(%v67) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v69 = "stablehlo.dot_general"(%v2, %v68) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v70 = "stablehlo.transpose"(%v69) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v71 = "stablehlo.reshape"(%v70) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v72 = "stablehlo.slice"(%v71) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v73 = "stablehlo.reshape"(%v72) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v74 = "stablehlo.transpose"(%v73) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v75 = "stablehlo.slice"(%v74) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v76 = "stablehlo.slice"(%v74) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v77 = "stablehlo.negate"(%v76) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v78 = "stablehlo.concatenate"(%v77, %v75) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v79 = "stablehlo.reshape"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v80 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v81 = "stablehlo.broadcast_in_dim"(%v79) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v82 = "stablehlo.multiply"(%v74, %v81) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v83 = "stablehlo.broadcast_in_dim"(%v80) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v84 = "stablehlo.multiply"(%v78, %v83) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v85 = "stablehlo.add"(%v82, %v84) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v86 = "stablehlo.slice"(%v71) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v87 = "stablehlo.reshape"(%v86) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v88 = "stablehlo.transpose"(%v87) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v89 = "stablehlo.slice"(%v88) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v90 = "stablehlo.slice"(%v88) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v91 = "stablehlo.negate"(%v90) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v92 = "stablehlo.concatenate"(%v91, %v89) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v93 = "stablehlo.reshape"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v94 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v95 = "stablehlo.broadcast_in_dim"(%v93) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v96 = "stablehlo.multiply"(%v88, %v95) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v97 = "stablehlo.broadcast_in_dim"(%v94) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v98 = "stablehlo.multiply"(%v92, %v97) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v99 = "stablehlo.add"(%v96, %v98) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v100 = "stablehlo.slice"(%v71) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v101 = "stablehlo.reshape"(%v100) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v102 = "stablehlo.transpose"(%v101) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v104 = "stablehlo.reshape"(%v99) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v105 = "stablehlo.reshape"(%v102) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v106 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v107 = "stablehlo.multiply"(%v17, %v106) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v108 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v109 = "stablehlo.reshape"(%v108) : (tensor<1xi32>) -> tensor<i32>
    %v110 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v111 = "stablehlo.dynamic_update_slice"(%v19, %v110, %v107, %v109, %v103) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v112 = "stablehlo.slice"(%v105) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v113 = "stablehlo.dynamic_update_slice"(%v21, %v112, %v107, %v109, %v103) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v114 = "stablehlo.reshape"(%v85) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v115 = "stablehlo.reshape"(%v114) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v116 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v117 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v118 = "stablehlo.reshape"(%v115) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v119 = "stablehlo.custom_call"(%v118, %v111, %v113, %v16, %v117, %v116) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v120 = "stablehlo.reshape"(%v119) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v121 = "stablehlo.reshape"(%v120) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v122 = "stablehlo.transpose"(%v121) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v123 = "stablehlo.reshape"(%v122) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v125 = "stablehlo.dot_general"(%v3, %v124) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v126 = "stablehlo.transpose"(%v125) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v127 = "stablehlo.reshape"(%v126) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v128 = "stablehlo.add"(%v49, %v127) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v129 = "stablehlo.multiply"(%v128, %v128) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v130 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v134 = "stablehlo.reduce"(%v129, %v130) ({
      ^bb0(%v131: tensor<f32>, %v132: tensor<f32>):
        %v133 = "stablehlo.add"(%v131, %v132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v133) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v135 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v136 = "stablehlo.broadcast_in_dim"(%v135) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v137 = "stablehlo.divide"(%v134, %v136) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v138 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v139 = "stablehlo.broadcast_in_dim"(%v138) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v140 = "stablehlo.add"(%v137, %v139) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v141 = "stablehlo.rsqrt"(%v140) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v142 = "stablehlo.reshape"(%v141) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v143 = "stablehlo.broadcast_in_dim"(%v142) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v144 = "stablehlo.multiply"(%v128, %v143) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v145 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v146 = "stablehlo.multiply"(%v144, %v145) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v147 = "stablehlo.reshape"(%v146) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v148 = "stablehlo.dot_general"(%v5, %v147) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v149 = "stablehlo.transpose"(%v148) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v150 = "stablehlo.reshape"(%v149) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v151 = "stablehlo.slice"(%v150) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v152 = "stablehlo.slice"(%v150) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v153 = "stablehlo.logistic"(%v151) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v154 = "stablehlo.multiply"(%v151, %v153) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v155 = "stablehlo.multiply"(%v154, %v152) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v156 = "stablehlo.reshape"(%v155) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v157 = "stablehlo.dot_general"(%v6, %v156) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v158 = "stablehlo.transpose"(%v157) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v160 = "stablehlo.add"(%v128, %v159) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v161 = "stablehlo.multiply"(%v160, %v160) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v162 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v166 = "stablehlo.reduce"(%v161, %v162) ({
      ^bb0(%v163: tensor<f32>, %v164: tensor<f32>):
        %v165 = "stablehlo.add"(%v163, %v164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v165) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v167 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v168 = "stablehlo.broadcast_in_dim"(%v167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v169 = "stablehlo.divide"(%v166, %v168) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v170 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v171 = "stablehlo.broadcast_in_dim"(%v170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v172 = "stablehlo.add"(%v169, %v171) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v173 = "stablehlo.rsqrt"(%v172) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v174 = "stablehlo.reshape"(%v173) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v175 = "stablehlo.broadcast_in_dim"(%v174) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v176 = "stablehlo.multiply"(%v160, %v175) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v177 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v178 = "stablehlo.multiply"(%v176, %v177) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v180 = "stablehlo.dot_general"(%v8, %v179) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v181 = "stablehlo.transpose"(%v180) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v182 = "stablehlo.reshape"(%v181) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v183 = "stablehlo.slice"(%v182) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v184 = "stablehlo.reshape"(%v183) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v185 = "stablehlo.transpose"(%v184) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v186 = "stablehlo.slice"(%v185) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v187 = "stablehlo.slice"(%v185) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v188 = "stablehlo.negate"(%v187) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v189 = "stablehlo.concatenate"(%v188, %v186) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v190 = "stablehlo.reshape"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v191 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v192 = "stablehlo.broadcast_in_dim"(%v190) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v193 = "stablehlo.multiply"(%v185, %v192) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v194 = "stablehlo.broadcast_in_dim"(%v191) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v195 = "stablehlo.multiply"(%v189, %v194) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v196 = "stablehlo.add"(%v193, %v195) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v197 = "stablehlo.slice"(%v182) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v198 = "stablehlo.reshape"(%v197) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v199 = "stablehlo.transpose"(%v198) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v200 = "stablehlo.slice"(%v199) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v201 = "stablehlo.slice"(%v199) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v202 = "stablehlo.negate"(%v201) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v203 = "stablehlo.concatenate"(%v202, %v200) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v204 = "stablehlo.reshape"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v205 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v206 = "stablehlo.broadcast_in_dim"(%v204) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v207 = "stablehlo.multiply"(%v199, %v206) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v208 = "stablehlo.broadcast_in_dim"(%v205) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v209 = "stablehlo.multiply"(%v203, %v208) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v210 = "stablehlo.add"(%v207, %v209) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v211 = "stablehlo.slice"(%v182) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v212 = "stablehlo.reshape"(%v211) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v213 = "stablehlo.transpose"(%v212) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v214 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v215 = "stablehlo.reshape"(%v210) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v216 = "stablehlo.reshape"(%v213) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v217 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v218 = "stablehlo.multiply"(%v17, %v217) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v219 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v220 = "stablehlo.reshape"(%v219) : (tensor<1xi32>) -> tensor<i32>
    %v221 = "stablehlo.slice"(%v215) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v222 = "stablehlo.dynamic_update_slice"(%v20, %v221, %v218, %v220, %v214) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v223 = "stablehlo.slice"(%v216) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v224 = "stablehlo.dynamic_update_slice"(%v22, %v223, %v218, %v220, %v214) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v225 = "stablehlo.reshape"(%v196) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v226 = "stablehlo.reshape"(%v225) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v227 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v228 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v229 = "stablehlo.reshape"(%v226) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v230 = "stablehlo.custom_call"(%v229, %v222, %v224, %v16, %v228, %v227) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v231 = "stablehlo.reshape"(%v230) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v232 = "stablehlo.reshape"(%v231) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v233 = "stablehlo.transpose"(%v232) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v234 = "stablehlo.reshape"(%v233) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v235 = "stablehlo.reshape"(%v234) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v236 = "stablehlo.dot_general"(%v9, %v235) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v237 = "stablehlo.transpose"(%v236) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v238 = "stablehlo.reshape"(%v237) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v239 = "stablehlo.add"(%v160, %v238) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v240 = "stablehlo.multiply"(%v239, %v239) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v241 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v245 = "stablehlo.reduce"(%v240, %v241) ({
      ^bb0(%v242: tensor<f32>, %v243: tensor<f32>):
        %v244 = "stablehlo.add"(%v242, %v243) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v244) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v246 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v247 = "stablehlo.broadcast_in_dim"(%v246) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v248 = "stablehlo.divide"(%v245, %v247) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v249 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v250 = "stablehlo.broadcast_in_dim"(%v249) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v251 = "stablehlo.add"(%v248, %v250) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v252 = "stablehlo.rsqrt"(%v251) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v253 = "stablehlo.reshape"(%v252) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v254 = "stablehlo.broadcast_in_dim"(%v253) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v255 = "stablehlo.multiply"(%v239, %v254) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v256 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v257 = "stablehlo.multiply"(%v255, %v256) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v258 = "stablehlo.reshape"(%v257) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v259 = "stablehlo.dot_general"(%v11, %v258) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v260 = "stablehlo.transpose"(%v259) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v261 = "stablehlo.reshape"(%v260) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v262 = "stablehlo.slice"(%v261) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v263 = "stablehlo.slice"(%v261) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v264 = "stablehlo.logistic"(%v262) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v265 = "stablehlo.multiply"(%v262, %v264) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v266 = "stablehlo.multiply"(%v265, %v263) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v267 = "stablehlo.reshape"(%v266) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v268 = "stablehlo.dot_general"(%v12, %v267) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v269 = "stablehlo.transpose"(%v268) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v270 = "stablehlo.reshape"(%v269) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v271 = "stablehlo.add"(%v239, %v270) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v272 = "stablehlo.multiply"(%v271, %v271) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v273 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v277 = "stablehlo.reduce"(%v272, %v273) ({
      ^bb0(%v274: tensor<f32>, %v275: tensor<f32>):
        %v276 = "stablehlo.add"(%v274, %v275) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v276) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v278 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v279 = "stablehlo.broadcast_in_dim"(%v278) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v280 = "stablehlo.divide"(%v277, %v279) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v281 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v282 = "stablehlo.broadcast_in_dim"(%v281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v283 = "stablehlo.add"(%v280, %v282) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v284 = "stablehlo.rsqrt"(%v283) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v285 = "stablehlo.reshape"(%v284) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v286 = "stablehlo.broadcast_in_dim"(%v285) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v287 = "stablehlo.multiply"(%v271, %v286) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v288 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v289 = "stablehlo.multiply"(%v287, %v288) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v290 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v291 = "stablehlo.dynamic_slice"(%v289, %v290, %v18, %v290) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v292 = "stablehlo.reshape"(%v291) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v293 = "stablehlo.dot_general"(%v14, %v292) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v294 = "stablehlo.transpose"(%v293) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v295 = "stablehlo.reshape"(%v294) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v296 = "stablehlo.reshape"(%v295) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v297 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v298 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v299 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v311, %v312 = "stablehlo.reduce"(%v296, %v297, %v298, %v299) ({
      ^bb0(%v300: tensor<f32>, %v301: tensor<i32>, %v302: tensor<f32>, %v303: tensor<i32>):
        %v304 = "stablehlo.compare"(%v302, %v300) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v305 = "stablehlo.compare"(%v302, %v300) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v306 = "stablehlo.compare"(%v303, %v301) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v307 = "stablehlo.and"(%v305, %v306) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v308 = "stablehlo.or"(%v304, %v307) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v309 = "stablehlo.select"(%v308, %v302, %v300) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v310 = "stablehlo.select"(%v308, %v303, %v301) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v309, %v310) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v313 = "stablehlo.reshape"(%v312) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v313, %v111, %v222, %v113, %v224) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
