module @prefill_t16_b1_s64_f32_sample attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v23: tensor<1xf32> {xlagen.name = "temperature"},
      %v24: tensor<1xi32> {xlagen.name = "top_k"},
      %v25: tensor<1xf32> {xlagen.name = "top_p"},
      %v26: tensor<1x3xui32> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v27 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v28 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v29 = "stablehlo.broadcast_in_dim"(%v28) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v30 = "stablehlo.add"(%v27, %v29) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v31 = "stablehlo.convert"(%v30) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v32 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v33 = "stablehlo.reshape"(%v31) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v34 = "stablehlo.reshape"(%v32) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v35 = "stablehlo.broadcast_in_dim"(%v33) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v36 = "stablehlo.broadcast_in_dim"(%v34) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v37 = "stablehlo.multiply"(%v35, %v36) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v38 = "stablehlo.concatenate"(%v37, %v37) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v39 = "stablehlo.cosine"(%v38) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v40 = "stablehlo.sine"(%v38) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v41 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v42 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v43 = "stablehlo.broadcast_in_dim"(%v42) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v44 = "stablehlo.add"(%v41, %v43) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v45 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v46 = "stablehlo.compare"(%v45, %v44) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v47 = "stablehlo.subtract"(%v44, %v45) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v48 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v49 = "stablehlo.broadcast_in_dim"(%v48) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v50 = "stablehlo.compare"(%v47, %v49) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v51 = "stablehlo.and"(%v46, %v50) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v52 = "stablehlo.reshape"(%v51) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v53 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v54 = "stablehlo.multiply"(%v53, %v53) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v55 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v59 = "stablehlo.reduce"(%v54, %v55) ({
      ^bb0(%v56: tensor<f32>, %v57: tensor<f32>):
        %v58 = "stablehlo.add"(%v56, %v57) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v58) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v60 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v61 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v62 = "stablehlo.divide"(%v59, %v61) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v64 = "stablehlo.broadcast_in_dim"(%v63) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v65 = "stablehlo.add"(%v62, %v64) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v66 = "stablehlo.rsqrt"(%v65) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v67 = "stablehlo.reshape"(%v66) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v68 = "stablehlo.broadcast_in_dim"(%v67) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v69 = "stablehlo.multiply"(%v53, %v68) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v70 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v71 = "stablehlo.multiply"(%v69, %v70) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v72 = "stablehlo.reshape"(%v71) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v73 = "stablehlo.dot_general"(%v2, %v72) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v74 = "stablehlo.transpose"(%v73) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v75 = "stablehlo.reshape"(%v74) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v76 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v77 = "stablehlo.reshape"(%v76) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v78 = "stablehlo.transpose"(%v77) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v79 = "stablehlo.slice"(%v78) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v80 = "stablehlo.slice"(%v78) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v81 = "stablehlo.negate"(%v80) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v82 = "stablehlo.concatenate"(%v81, %v79) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v83 = "stablehlo.reshape"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v84 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v85 = "stablehlo.broadcast_in_dim"(%v83) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v86 = "stablehlo.multiply"(%v78, %v85) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v87 = "stablehlo.broadcast_in_dim"(%v84) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v88 = "stablehlo.multiply"(%v82, %v87) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v89 = "stablehlo.add"(%v86, %v88) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v90 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v91 = "stablehlo.reshape"(%v90) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v92 = "stablehlo.transpose"(%v91) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v93 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v94 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v95 = "stablehlo.negate"(%v94) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v96 = "stablehlo.concatenate"(%v95, %v93) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v97 = "stablehlo.reshape"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v98 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v99 = "stablehlo.broadcast_in_dim"(%v97) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v100 = "stablehlo.multiply"(%v92, %v99) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v101 = "stablehlo.broadcast_in_dim"(%v98) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v102 = "stablehlo.multiply"(%v96, %v101) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.add"(%v100, %v102) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v104 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v105 = "stablehlo.reshape"(%v104) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v106 = "stablehlo.transpose"(%v105) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v107 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v108 = "stablehlo.reshape"(%v103) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v109 = "stablehlo.reshape"(%v106) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v110 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v111 = "stablehlo.multiply"(%v17, %v110) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v112 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v113 = "stablehlo.reshape"(%v112) : (tensor<1xi32>) -> tensor<i32>
    %v114 = "stablehlo.slice"(%v108) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v115 = "stablehlo.dynamic_update_slice"(%v19, %v114, %v111, %v113, %v107) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v116 = "stablehlo.slice"(%v109) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v117 = "stablehlo.dynamic_update_slice"(%v21, %v116, %v111, %v113, %v107) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v118 = "stablehlo.reshape"(%v89) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v119 = "stablehlo.reshape"(%v118) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v120 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v121 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v122 = "stablehlo.reshape"(%v119) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v123 = "stablehlo.custom_call"(%v122, %v115, %v117, %v16, %v121, %v120) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v125 = "stablehlo.reshape"(%v124) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v126 = "stablehlo.transpose"(%v125) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v127 = "stablehlo.reshape"(%v126) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v128 = "stablehlo.reshape"(%v127) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v129 = "stablehlo.dot_general"(%v3, %v128) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v130 = "stablehlo.transpose"(%v129) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v131 = "stablehlo.reshape"(%v130) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v132 = "stablehlo.add"(%v53, %v131) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v133 = "stablehlo.multiply"(%v132, %v132) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v134 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v138 = "stablehlo.reduce"(%v133, %v134) ({
      ^bb0(%v135: tensor<f32>, %v136: tensor<f32>):
        %v137 = "stablehlo.add"(%v135, %v136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v137) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v139 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v140 = "stablehlo.broadcast_in_dim"(%v139) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v141 = "stablehlo.divide"(%v138, %v140) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v142 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v143 = "stablehlo.broadcast_in_dim"(%v142) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v144 = "stablehlo.add"(%v141, %v143) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v145 = "stablehlo.rsqrt"(%v144) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v146 = "stablehlo.reshape"(%v145) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v147 = "stablehlo.broadcast_in_dim"(%v146) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v148 = "stablehlo.multiply"(%v132, %v147) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v149 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v150 = "stablehlo.multiply"(%v148, %v149) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v152 = "stablehlo.dot_general"(%v5, %v151) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v153 = "stablehlo.transpose"(%v152) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v154 = "stablehlo.reshape"(%v153) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v155 = "stablehlo.slice"(%v154) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v156 = "stablehlo.slice"(%v154) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v157 = "stablehlo.logistic"(%v155) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v158 = "stablehlo.multiply"(%v155, %v157) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v159 = "stablehlo.multiply"(%v158, %v156) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v160 = "stablehlo.reshape"(%v159) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v161 = "stablehlo.dot_general"(%v6, %v160) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v162 = "stablehlo.transpose"(%v161) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v163 = "stablehlo.reshape"(%v162) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v164 = "stablehlo.add"(%v132, %v163) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v165 = "stablehlo.multiply"(%v164, %v164) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v166 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v170 = "stablehlo.reduce"(%v165, %v166) ({
      ^bb0(%v167: tensor<f32>, %v168: tensor<f32>):
        %v169 = "stablehlo.add"(%v167, %v168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v169) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v171 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v172 = "stablehlo.broadcast_in_dim"(%v171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v173 = "stablehlo.divide"(%v170, %v172) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v174 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v175 = "stablehlo.broadcast_in_dim"(%v174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v176 = "stablehlo.add"(%v173, %v175) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v177 = "stablehlo.rsqrt"(%v176) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v178 = "stablehlo.reshape"(%v177) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v179 = "stablehlo.broadcast_in_dim"(%v178) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v180 = "stablehlo.multiply"(%v164, %v179) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v181 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v182 = "stablehlo.multiply"(%v180, %v181) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v183 = "stablehlo.reshape"(%v182) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v184 = "stablehlo.dot_general"(%v8, %v183) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v185 = "stablehlo.transpose"(%v184) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v186 = "stablehlo.reshape"(%v185) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v187 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v188 = "stablehlo.reshape"(%v187) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v189 = "stablehlo.transpose"(%v188) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v190 = "stablehlo.slice"(%v189) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v191 = "stablehlo.slice"(%v189) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v192 = "stablehlo.negate"(%v191) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v193 = "stablehlo.concatenate"(%v192, %v190) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v194 = "stablehlo.reshape"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v195 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v196 = "stablehlo.broadcast_in_dim"(%v194) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v197 = "stablehlo.multiply"(%v189, %v196) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v198 = "stablehlo.broadcast_in_dim"(%v195) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v199 = "stablehlo.multiply"(%v193, %v198) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v200 = "stablehlo.add"(%v197, %v199) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v201 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v202 = "stablehlo.reshape"(%v201) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v203 = "stablehlo.transpose"(%v202) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v204 = "stablehlo.slice"(%v203) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v205 = "stablehlo.slice"(%v203) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v206 = "stablehlo.negate"(%v205) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v207 = "stablehlo.concatenate"(%v206, %v204) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v208 = "stablehlo.reshape"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v209 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v210 = "stablehlo.broadcast_in_dim"(%v208) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v211 = "stablehlo.multiply"(%v203, %v210) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v212 = "stablehlo.broadcast_in_dim"(%v209) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v213 = "stablehlo.multiply"(%v207, %v212) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v214 = "stablehlo.add"(%v211, %v213) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v215 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v216 = "stablehlo.reshape"(%v215) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v217 = "stablehlo.transpose"(%v216) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v218 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v219 = "stablehlo.reshape"(%v214) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v220 = "stablehlo.reshape"(%v217) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v221 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v222 = "stablehlo.multiply"(%v17, %v221) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v223 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v224 = "stablehlo.reshape"(%v223) : (tensor<1xi32>) -> tensor<i32>
    %v225 = "stablehlo.slice"(%v219) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v226 = "stablehlo.dynamic_update_slice"(%v20, %v225, %v222, %v224, %v218) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v227 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v228 = "stablehlo.dynamic_update_slice"(%v22, %v227, %v222, %v224, %v218) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v229 = "stablehlo.reshape"(%v200) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v230 = "stablehlo.reshape"(%v229) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v231 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v232 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v233 = "stablehlo.reshape"(%v230) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v234 = "stablehlo.custom_call"(%v233, %v226, %v228, %v16, %v232, %v231) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v235 = "stablehlo.reshape"(%v234) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v236 = "stablehlo.reshape"(%v235) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v237 = "stablehlo.transpose"(%v236) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v238 = "stablehlo.reshape"(%v237) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v239 = "stablehlo.reshape"(%v238) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v240 = "stablehlo.dot_general"(%v9, %v239) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v241 = "stablehlo.transpose"(%v240) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v242 = "stablehlo.reshape"(%v241) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v243 = "stablehlo.add"(%v164, %v242) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v244 = "stablehlo.multiply"(%v243, %v243) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v245 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v249 = "stablehlo.reduce"(%v244, %v245) ({
      ^bb0(%v246: tensor<f32>, %v247: tensor<f32>):
        %v248 = "stablehlo.add"(%v246, %v247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v248) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v250 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v251 = "stablehlo.broadcast_in_dim"(%v250) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v252 = "stablehlo.divide"(%v249, %v251) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v253 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v254 = "stablehlo.broadcast_in_dim"(%v253) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v255 = "stablehlo.add"(%v252, %v254) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v256 = "stablehlo.rsqrt"(%v255) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v257 = "stablehlo.reshape"(%v256) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v258 = "stablehlo.broadcast_in_dim"(%v257) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v259 = "stablehlo.multiply"(%v243, %v258) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v260 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v261 = "stablehlo.multiply"(%v259, %v260) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v262 = "stablehlo.reshape"(%v261) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v263 = "stablehlo.dot_general"(%v11, %v262) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v264 = "stablehlo.transpose"(%v263) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v265 = "stablehlo.reshape"(%v264) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v266 = "stablehlo.slice"(%v265) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v267 = "stablehlo.slice"(%v265) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v268 = "stablehlo.logistic"(%v266) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v269 = "stablehlo.multiply"(%v266, %v268) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v270 = "stablehlo.multiply"(%v269, %v267) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v271 = "stablehlo.reshape"(%v270) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v272 = "stablehlo.dot_general"(%v12, %v271) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v273 = "stablehlo.transpose"(%v272) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v274 = "stablehlo.reshape"(%v273) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v275 = "stablehlo.add"(%v243, %v274) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v276 = "stablehlo.multiply"(%v275, %v275) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v277 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v281 = "stablehlo.reduce"(%v276, %v277) ({
      ^bb0(%v278: tensor<f32>, %v279: tensor<f32>):
        %v280 = "stablehlo.add"(%v278, %v279) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v280) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v282 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v283 = "stablehlo.broadcast_in_dim"(%v282) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v284 = "stablehlo.divide"(%v281, %v283) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v285 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v286 = "stablehlo.broadcast_in_dim"(%v285) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v287 = "stablehlo.add"(%v284, %v286) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v288 = "stablehlo.rsqrt"(%v287) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v289 = "stablehlo.reshape"(%v288) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v290 = "stablehlo.broadcast_in_dim"(%v289) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v291 = "stablehlo.multiply"(%v275, %v290) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v292 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v293 = "stablehlo.multiply"(%v291, %v292) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v294 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v295 = "stablehlo.dynamic_slice"(%v293, %v294, %v18, %v294) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v296 = "stablehlo.reshape"(%v295) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v297 = "stablehlo.dot_general"(%v14, %v296) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v298 = "stablehlo.transpose"(%v297) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v299 = "stablehlo.reshape"(%v298) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v300 = "stablehlo.reshape"(%v299) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v301 = "stablehlo.reshape"(%v23) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v302 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v303 = "stablehlo.broadcast_in_dim"(%v302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v304 = "stablehlo.compare"(%v301, %v303) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v305 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v306 = "stablehlo.broadcast_in_dim"(%v305) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v307 = "stablehlo.select"(%v304, %v306, %v301) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v308 = "stablehlo.broadcast_in_dim"(%v307) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v309 = "stablehlo.divide"(%v300, %v308) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v310 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v316, %v317 = "stablehlo.sort"(%v309, %v310) ({
      ^bb0(%v311: tensor<f32>, %v312: tensor<f32>, %v313: tensor<i32>, %v314: tensor<i32>):
        %v315 = "stablehlo.compare"(%v311, %v312) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v315) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v318 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v319 = "stablehlo.reshape"(%v24) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v320 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v321 = "stablehlo.broadcast_in_dim"(%v320) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v322 = "stablehlo.compare"(%v319, %v321) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v323 = "stablehlo.broadcast_in_dim"(%v319) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v324 = "stablehlo.compare"(%v318, %v323) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v325 = "stablehlo.broadcast_in_dim"(%v322) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x96xi1>
    %v326 = "stablehlo.or"(%v324, %v325) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v327 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v331 = "stablehlo.reduce"(%v316, %v327) ({
      ^bb0(%v328: tensor<f32>, %v329: tensor<f32>):
        %v330 = "stablehlo.maximum"(%v328, %v329) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v330) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v332 = "stablehlo.reshape"(%v331) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v333 = "stablehlo.broadcast_in_dim"(%v332) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v334 = "stablehlo.subtract"(%v316, %v333) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v335 = "stablehlo.exponential"(%v334) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v336 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v340 = "stablehlo.reduce"(%v335, %v336) ({
      ^bb0(%v337: tensor<f32>, %v338: tensor<f32>):
        %v339 = "stablehlo.add"(%v337, %v338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v339) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v341 = "stablehlo.reshape"(%v340) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v342 = "stablehlo.broadcast_in_dim"(%v341) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v343 = "stablehlo.divide"(%v335, %v342) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v344 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v345 = "stablehlo.slice"(%v343) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v346 = "stablehlo.concatenate"(%v344, %v345) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v347 = "stablehlo.add"(%v343, %v346) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v348 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v349 = "stablehlo.slice"(%v347) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v350 = "stablehlo.concatenate"(%v348, %v349) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v351 = "stablehlo.add"(%v347, %v350) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v352 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v353 = "stablehlo.slice"(%v351) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v354 = "stablehlo.concatenate"(%v352, %v353) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v355 = "stablehlo.add"(%v351, %v354) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v356 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v357 = "stablehlo.slice"(%v355) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v358 = "stablehlo.concatenate"(%v356, %v357) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v359 = "stablehlo.add"(%v355, %v358) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v360 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v361 = "stablehlo.slice"(%v359) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v362 = "stablehlo.concatenate"(%v360, %v361) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v363 = "stablehlo.add"(%v359, %v362) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v364 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v365 = "stablehlo.slice"(%v363) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v366 = "stablehlo.concatenate"(%v364, %v365) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v367 = "stablehlo.add"(%v363, %v366) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v368 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v369 = "stablehlo.slice"(%v367) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v370 = "stablehlo.concatenate"(%v368, %v369) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v371 = "stablehlo.add"(%v367, %v370) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v372 = "stablehlo.subtract"(%v371, %v343) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v373 = "stablehlo.reshape"(%v25) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v374 = "stablehlo.broadcast_in_dim"(%v373) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v375 = "stablehlo.compare"(%v372, %v374) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v376 = "stablehlo.and"(%v326, %v375) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v377 = "stablehlo.slice"(%v26) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v378 = "stablehlo.slice"(%v26) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v379 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v380 = "stablehlo.broadcast_in_dim"(%v379) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v381 = "stablehlo.xor"(%v377, %v380) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v382 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v383 = "stablehlo.broadcast_in_dim"(%v382) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v384 = "stablehlo.shift_right_logical"(%v381, %v383) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v385 = "stablehlo.xor"(%v381, %v384) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v386 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v387 = "stablehlo.broadcast_in_dim"(%v386) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v388 = "stablehlo.multiply"(%v385, %v387) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v389 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v390 = "stablehlo.broadcast_in_dim"(%v389) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v391 = "stablehlo.shift_right_logical"(%v388, %v390) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v392 = "stablehlo.xor"(%v388, %v391) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v393 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v394 = "stablehlo.broadcast_in_dim"(%v393) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v395 = "stablehlo.multiply"(%v392, %v394) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v396 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v397 = "stablehlo.broadcast_in_dim"(%v396) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v398 = "stablehlo.shift_right_logical"(%v395, %v397) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v399 = "stablehlo.xor"(%v395, %v398) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v400 = "stablehlo.slice"(%v26) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v401 = "stablehlo.xor"(%v399, %v400) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v402 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v403 = "stablehlo.broadcast_in_dim"(%v402) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v404 = "stablehlo.shift_right_logical"(%v401, %v403) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v405 = "stablehlo.xor"(%v401, %v404) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v406 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v407 = "stablehlo.broadcast_in_dim"(%v406) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v408 = "stablehlo.multiply"(%v405, %v407) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v409 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v410 = "stablehlo.broadcast_in_dim"(%v409) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v411 = "stablehlo.shift_right_logical"(%v408, %v410) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v412 = "stablehlo.xor"(%v408, %v411) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v413 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v414 = "stablehlo.broadcast_in_dim"(%v413) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v415 = "stablehlo.multiply"(%v412, %v414) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v416 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v417 = "stablehlo.broadcast_in_dim"(%v416) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v418 = "stablehlo.shift_right_logical"(%v415, %v417) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v419 = "stablehlo.xor"(%v415, %v418) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v420 = "stablehlo.slice"(%v26) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v421 = "stablehlo.xor"(%v419, %v420) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v422 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v423 = "stablehlo.broadcast_in_dim"(%v422) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v424 = "stablehlo.shift_right_logical"(%v421, %v423) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v425 = "stablehlo.xor"(%v421, %v424) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v426 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v427 = "stablehlo.broadcast_in_dim"(%v426) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v428 = "stablehlo.multiply"(%v425, %v427) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v429 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v430 = "stablehlo.broadcast_in_dim"(%v429) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v431 = "stablehlo.shift_right_logical"(%v428, %v430) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v432 = "stablehlo.xor"(%v428, %v431) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v433 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v434 = "stablehlo.broadcast_in_dim"(%v433) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v435 = "stablehlo.multiply"(%v432, %v434) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v436 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v437 = "stablehlo.broadcast_in_dim"(%v436) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v438 = "stablehlo.shift_right_logical"(%v435, %v437) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v439 = "stablehlo.xor"(%v435, %v438) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v440 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v441 = "stablehlo.broadcast_in_dim"(%v439) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v442 = "stablehlo.xor"(%v440, %v441) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v443 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v444 = "stablehlo.broadcast_in_dim"(%v443) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v445 = "stablehlo.shift_right_logical"(%v442, %v444) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v446 = "stablehlo.xor"(%v442, %v445) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v447 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v448 = "stablehlo.broadcast_in_dim"(%v447) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v449 = "stablehlo.multiply"(%v446, %v448) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v450 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v451 = "stablehlo.broadcast_in_dim"(%v450) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v452 = "stablehlo.shift_right_logical"(%v449, %v451) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v453 = "stablehlo.xor"(%v449, %v452) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v454 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v455 = "stablehlo.broadcast_in_dim"(%v454) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v456 = "stablehlo.multiply"(%v453, %v455) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v457 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v458 = "stablehlo.broadcast_in_dim"(%v457) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v459 = "stablehlo.shift_right_logical"(%v456, %v458) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v460 = "stablehlo.xor"(%v456, %v459) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v461 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v462 = "stablehlo.broadcast_in_dim"(%v461) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v463 = "stablehlo.add"(%v460, %v462) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v464 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v465 = "stablehlo.broadcast_in_dim"(%v464) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v466 = "stablehlo.shift_right_logical"(%v463, %v465) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v467 = "stablehlo.xor"(%v463, %v466) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v468 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v469 = "stablehlo.broadcast_in_dim"(%v468) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v470 = "stablehlo.multiply"(%v467, %v469) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v471 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v472 = "stablehlo.broadcast_in_dim"(%v471) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v473 = "stablehlo.shift_right_logical"(%v470, %v472) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v474 = "stablehlo.xor"(%v470, %v473) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v475 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v476 = "stablehlo.broadcast_in_dim"(%v475) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v477 = "stablehlo.multiply"(%v474, %v476) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v478 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v479 = "stablehlo.broadcast_in_dim"(%v478) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v480 = "stablehlo.shift_right_logical"(%v477, %v479) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v481 = "stablehlo.xor"(%v477, %v480) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v482 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v483 = "stablehlo.broadcast_in_dim"(%v482) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v484 = "stablehlo.shift_right_logical"(%v481, %v483) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v485 = "stablehlo.convert"(%v484) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v486 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v487 = "stablehlo.broadcast_in_dim"(%v486) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v488 = "stablehlo.add"(%v485, %v487) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v489 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v490 = "stablehlo.broadcast_in_dim"(%v489) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v491 = "stablehlo.multiply"(%v488, %v490) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v492 = "stablehlo.log"(%v491) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v493 = "stablehlo.negate"(%v492) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v494 = "stablehlo.log"(%v493) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v495 = "stablehlo.negate"(%v494) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v496 = "stablehlo.add"(%v316, %v495) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v497 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v498 = "stablehlo.broadcast_in_dim"(%v497) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v499 = "stablehlo.select"(%v376, %v496, %v498) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v500 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v501 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v502 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v514, %v515 = "stablehlo.reduce"(%v499, %v500, %v501, %v502) ({
      ^bb0(%v503: tensor<f32>, %v504: tensor<i32>, %v505: tensor<f32>, %v506: tensor<i32>):
        %v507 = "stablehlo.compare"(%v505, %v503) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v508 = "stablehlo.compare"(%v505, %v503) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v509 = "stablehlo.compare"(%v506, %v504) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v510 = "stablehlo.and"(%v508, %v509) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v511 = "stablehlo.or"(%v507, %v510) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v512 = "stablehlo.select"(%v511, %v505, %v503) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v513 = "stablehlo.select"(%v511, %v506, %v504) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v512, %v513) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v516 = "stablehlo.reshape"(%v515) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v517 = "stablehlo.broadcast_in_dim"(%v516) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v518 = "stablehlo.compare"(%v318, %v517) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v519 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v520 = "stablehlo.broadcast_in_dim"(%v519) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v521 = "stablehlo.select"(%v518, %v317, %v520) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v522 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v526 = "stablehlo.reduce"(%v521, %v522) ({
      ^bb0(%v523: tensor<i32>, %v524: tensor<i32>):
        %v525 = "stablehlo.add"(%v523, %v524) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v525) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v527 = "stablehlo.reshape"(%v304) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v528 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v529 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v530 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v542, %v543 = "stablehlo.reduce"(%v300, %v528, %v529, %v530) ({
      ^bb0(%v531: tensor<f32>, %v532: tensor<i32>, %v533: tensor<f32>, %v534: tensor<i32>):
        %v535 = "stablehlo.compare"(%v533, %v531) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v536 = "stablehlo.compare"(%v533, %v531) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v537 = "stablehlo.compare"(%v534, %v532) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v538 = "stablehlo.and"(%v536, %v537) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v539 = "stablehlo.or"(%v535, %v538) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v540 = "stablehlo.select"(%v539, %v533, %v531) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v541 = "stablehlo.select"(%v539, %v534, %v532) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v540, %v541) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v544 = "stablehlo.select"(%v527, %v543, %v526) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v545 = "stablehlo.reshape"(%v544) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v545, %v115, %v226, %v117, %v228) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
