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
      %v16: tensor<i32> {xlagen.name = "start"},
      %v17: tensor<1xi32> {xlagen.name = "pad"},
      %v18: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v19: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v22: tensor<f32> {xlagen.name = "temperature"},
      %v23: tensor<i32> {xlagen.name = "top_k"},
      %v24: tensor<f32> {xlagen.name = "top_p"},
      %v25: tensor<2xui64> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) {
    %v26 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v27 = "stablehlo.broadcast_in_dim"(%v16) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16xi32>
    %v28 = "stablehlo.add"(%v26, %v27) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v29 = "stablehlo.reshape"(%v17) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v30 = "stablehlo.broadcast_in_dim"(%v29) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v31 = "stablehlo.subtract"(%v28, %v30) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v32 = "stablehlo.convert"(%v31) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v33 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v34 = "stablehlo.reshape"(%v32) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v35 = "stablehlo.reshape"(%v33) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v36 = "stablehlo.broadcast_in_dim"(%v34) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v37 = "stablehlo.broadcast_in_dim"(%v35) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v38 = "stablehlo.multiply"(%v36, %v37) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v39 = "stablehlo.concatenate"(%v38, %v38) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v40 = "stablehlo.cosine"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v41 = "stablehlo.sine"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v42 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v43 = "stablehlo.broadcast_in_dim"(%v16) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v44 = "stablehlo.add"(%v42, %v43) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v45 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v46 = "stablehlo.reshape"(%v17) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v47 = "stablehlo.broadcast_in_dim"(%v46) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v48 = "stablehlo.compare"(%v45, %v47) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v49 = "stablehlo.compare"(%v45, %v44) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v50 = "stablehlo.or"(%v48, %v49) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v51 = "stablehlo.compare"(%v45, %v44) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v52 = "stablehlo.and"(%v51, %v50) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v53 = "stablehlo.subtract"(%v44, %v45) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v54 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v55 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v56 = "stablehlo.compare"(%v53, %v55) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v57 = "stablehlo.and"(%v52, %v56) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v58 = "stablehlo.reshape"(%v57) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v59 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v60 = "stablehlo.multiply"(%v59, %v59) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v61 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v65 = "stablehlo.reduce"(%v60, %v61) ({
      ^bb0(%v62: tensor<f32>, %v63: tensor<f32>):
        %v64 = "stablehlo.add"(%v62, %v63) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v64) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v66 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v67 = "stablehlo.broadcast_in_dim"(%v66) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v68 = "stablehlo.divide"(%v65, %v67) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v69 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v70 = "stablehlo.broadcast_in_dim"(%v69) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v71 = "stablehlo.add"(%v68, %v70) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v72 = "stablehlo.rsqrt"(%v71) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v73 = "stablehlo.reshape"(%v72) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v74 = "stablehlo.broadcast_in_dim"(%v73) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v75 = "stablehlo.multiply"(%v59, %v74) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v76 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v77 = "stablehlo.multiply"(%v75, %v76) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v78 = "stablehlo.reshape"(%v77) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v79 = "stablehlo.dot_general"(%v2, %v78) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v80 = "stablehlo.transpose"(%v79) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v81 = "stablehlo.reshape"(%v80) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v82 = "stablehlo.slice"(%v81) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v83 = "stablehlo.reshape"(%v82) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v84 = "stablehlo.transpose"(%v83) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v85 = "stablehlo.slice"(%v84) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v86 = "stablehlo.slice"(%v84) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v87 = "stablehlo.negate"(%v86) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v88 = "stablehlo.concatenate"(%v87, %v85) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v89 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v90 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v91 = "stablehlo.broadcast_in_dim"(%v89) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v92 = "stablehlo.multiply"(%v84, %v91) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v93 = "stablehlo.broadcast_in_dim"(%v90) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v94 = "stablehlo.multiply"(%v88, %v93) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v95 = "stablehlo.add"(%v92, %v94) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v96 = "stablehlo.slice"(%v81) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v97 = "stablehlo.reshape"(%v96) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v98 = "stablehlo.transpose"(%v97) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v99 = "stablehlo.slice"(%v98) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v100 = "stablehlo.slice"(%v98) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v101 = "stablehlo.negate"(%v100) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v102 = "stablehlo.concatenate"(%v101, %v99) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v104 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v105 = "stablehlo.broadcast_in_dim"(%v103) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v106 = "stablehlo.multiply"(%v98, %v105) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v107 = "stablehlo.broadcast_in_dim"(%v104) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v108 = "stablehlo.multiply"(%v102, %v107) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v109 = "stablehlo.add"(%v106, %v108) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v110 = "stablehlo.slice"(%v81) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v111 = "stablehlo.reshape"(%v110) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v112 = "stablehlo.transpose"(%v111) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v113 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v114 = "stablehlo.reshape"(%v109) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v115 = "stablehlo.dynamic_update_slice"(%v18, %v114, %v113, %v16, %v113) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v116 = "stablehlo.reshape"(%v112) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v117 = "stablehlo.dynamic_update_slice"(%v20, %v116, %v113, %v16, %v113) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v118 = "stablehlo.reshape"(%v95) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v119 = "stablehlo.reshape"(%v118) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v120 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v121 = "stablehlo.reshape"(%v119) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v122 = "stablehlo.custom_call"(%v121, %v115, %v117, %v16, %v17, %v120) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v123 = "stablehlo.reshape"(%v122) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v125 = "stablehlo.transpose"(%v124) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v126 = "stablehlo.reshape"(%v125) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v127 = "stablehlo.reshape"(%v126) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v128 = "stablehlo.dot_general"(%v3, %v127) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v129 = "stablehlo.transpose"(%v128) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v130 = "stablehlo.reshape"(%v129) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v131 = "stablehlo.add"(%v59, %v130) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v132 = "stablehlo.multiply"(%v131, %v131) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v133 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v137 = "stablehlo.reduce"(%v132, %v133) ({
      ^bb0(%v134: tensor<f32>, %v135: tensor<f32>):
        %v136 = "stablehlo.add"(%v134, %v135) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v136) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v138 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v139 = "stablehlo.broadcast_in_dim"(%v138) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v140 = "stablehlo.divide"(%v137, %v139) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v141 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v142 = "stablehlo.broadcast_in_dim"(%v141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v143 = "stablehlo.add"(%v140, %v142) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v144 = "stablehlo.rsqrt"(%v143) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v145 = "stablehlo.reshape"(%v144) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v146 = "stablehlo.broadcast_in_dim"(%v145) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v147 = "stablehlo.multiply"(%v131, %v146) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v148 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v149 = "stablehlo.multiply"(%v147, %v148) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v150 = "stablehlo.reshape"(%v149) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v151 = "stablehlo.dot_general"(%v5, %v150) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v152 = "stablehlo.transpose"(%v151) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v153 = "stablehlo.reshape"(%v152) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v154 = "stablehlo.slice"(%v153) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v155 = "stablehlo.slice"(%v153) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v156 = "stablehlo.logistic"(%v154) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v157 = "stablehlo.multiply"(%v154, %v156) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v158 = "stablehlo.multiply"(%v157, %v155) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v160 = "stablehlo.dot_general"(%v6, %v159) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v161 = "stablehlo.transpose"(%v160) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v162 = "stablehlo.reshape"(%v161) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v163 = "stablehlo.add"(%v131, %v162) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v164 = "stablehlo.multiply"(%v163, %v163) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v165 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v169 = "stablehlo.reduce"(%v164, %v165) ({
      ^bb0(%v166: tensor<f32>, %v167: tensor<f32>):
        %v168 = "stablehlo.add"(%v166, %v167) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v168) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v170 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v171 = "stablehlo.broadcast_in_dim"(%v170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v172 = "stablehlo.divide"(%v169, %v171) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v173 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v174 = "stablehlo.broadcast_in_dim"(%v173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v175 = "stablehlo.add"(%v172, %v174) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v176 = "stablehlo.rsqrt"(%v175) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v177 = "stablehlo.reshape"(%v176) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v178 = "stablehlo.broadcast_in_dim"(%v177) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v179 = "stablehlo.multiply"(%v163, %v178) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v180 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v181 = "stablehlo.multiply"(%v179, %v180) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v182 = "stablehlo.reshape"(%v181) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v183 = "stablehlo.dot_general"(%v8, %v182) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v184 = "stablehlo.transpose"(%v183) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v185 = "stablehlo.reshape"(%v184) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v186 = "stablehlo.slice"(%v185) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v187 = "stablehlo.reshape"(%v186) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v188 = "stablehlo.transpose"(%v187) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v189 = "stablehlo.slice"(%v188) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v190 = "stablehlo.slice"(%v188) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v191 = "stablehlo.negate"(%v190) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v192 = "stablehlo.concatenate"(%v191, %v189) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v193 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v194 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v195 = "stablehlo.broadcast_in_dim"(%v193) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v196 = "stablehlo.multiply"(%v188, %v195) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v197 = "stablehlo.broadcast_in_dim"(%v194) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v198 = "stablehlo.multiply"(%v192, %v197) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v199 = "stablehlo.add"(%v196, %v198) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v200 = "stablehlo.slice"(%v185) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v201 = "stablehlo.reshape"(%v200) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v202 = "stablehlo.transpose"(%v201) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v203 = "stablehlo.slice"(%v202) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v204 = "stablehlo.slice"(%v202) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v205 = "stablehlo.negate"(%v204) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v206 = "stablehlo.concatenate"(%v205, %v203) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v207 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v208 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v209 = "stablehlo.broadcast_in_dim"(%v207) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v210 = "stablehlo.multiply"(%v202, %v209) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v211 = "stablehlo.broadcast_in_dim"(%v208) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v212 = "stablehlo.multiply"(%v206, %v211) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v213 = "stablehlo.add"(%v210, %v212) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v214 = "stablehlo.slice"(%v185) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v215 = "stablehlo.reshape"(%v214) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v216 = "stablehlo.transpose"(%v215) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v217 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v218 = "stablehlo.reshape"(%v213) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v219 = "stablehlo.dynamic_update_slice"(%v19, %v218, %v217, %v16, %v217) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v220 = "stablehlo.reshape"(%v216) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v221 = "stablehlo.dynamic_update_slice"(%v21, %v220, %v217, %v16, %v217) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v222 = "stablehlo.reshape"(%v199) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v223 = "stablehlo.reshape"(%v222) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v224 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v225 = "stablehlo.reshape"(%v223) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v226 = "stablehlo.custom_call"(%v225, %v219, %v221, %v16, %v17, %v224) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v227 = "stablehlo.reshape"(%v226) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v228 = "stablehlo.reshape"(%v227) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v229 = "stablehlo.transpose"(%v228) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v230 = "stablehlo.reshape"(%v229) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v231 = "stablehlo.reshape"(%v230) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v232 = "stablehlo.dot_general"(%v9, %v231) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v233 = "stablehlo.transpose"(%v232) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v234 = "stablehlo.reshape"(%v233) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v235 = "stablehlo.add"(%v163, %v234) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v236 = "stablehlo.multiply"(%v235, %v235) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v237 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v241 = "stablehlo.reduce"(%v236, %v237) ({
      ^bb0(%v238: tensor<f32>, %v239: tensor<f32>):
        %v240 = "stablehlo.add"(%v238, %v239) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v240) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v242 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v243 = "stablehlo.broadcast_in_dim"(%v242) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v244 = "stablehlo.divide"(%v241, %v243) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v245 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v246 = "stablehlo.broadcast_in_dim"(%v245) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v247 = "stablehlo.add"(%v244, %v246) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v248 = "stablehlo.rsqrt"(%v247) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v249 = "stablehlo.reshape"(%v248) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v250 = "stablehlo.broadcast_in_dim"(%v249) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v251 = "stablehlo.multiply"(%v235, %v250) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v252 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v253 = "stablehlo.multiply"(%v251, %v252) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v254 = "stablehlo.reshape"(%v253) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v255 = "stablehlo.dot_general"(%v11, %v254) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v256 = "stablehlo.transpose"(%v255) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v257 = "stablehlo.reshape"(%v256) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v258 = "stablehlo.slice"(%v257) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v259 = "stablehlo.slice"(%v257) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v260 = "stablehlo.logistic"(%v258) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v261 = "stablehlo.multiply"(%v258, %v260) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v262 = "stablehlo.multiply"(%v261, %v259) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v263 = "stablehlo.reshape"(%v262) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v264 = "stablehlo.dot_general"(%v12, %v263) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v265 = "stablehlo.transpose"(%v264) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v266 = "stablehlo.reshape"(%v265) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v267 = "stablehlo.add"(%v235, %v266) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v268 = "stablehlo.multiply"(%v267, %v267) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v269 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v273 = "stablehlo.reduce"(%v268, %v269) ({
      ^bb0(%v270: tensor<f32>, %v271: tensor<f32>):
        %v272 = "stablehlo.add"(%v270, %v271) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v272) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v274 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v275 = "stablehlo.broadcast_in_dim"(%v274) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v276 = "stablehlo.divide"(%v273, %v275) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v277 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v278 = "stablehlo.broadcast_in_dim"(%v277) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v279 = "stablehlo.add"(%v276, %v278) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v280 = "stablehlo.rsqrt"(%v279) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v282 = "stablehlo.broadcast_in_dim"(%v281) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v283 = "stablehlo.multiply"(%v267, %v282) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v284 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v285 = "stablehlo.multiply"(%v283, %v284) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v286 = "stablehlo.slice"(%v285) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 15, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x1x64xf32>
    %v287 = "stablehlo.reshape"(%v286) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v288 = "stablehlo.dot_general"(%v14, %v287) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v289 = "stablehlo.transpose"(%v288) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v290 = "stablehlo.reshape"(%v289) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v291 = "stablehlo.reshape"(%v290) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v292 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v293 = "stablehlo.divide"(%v291, %v292) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v294 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v300, %v301 = "stablehlo.sort"(%v293, %v294) ({
      ^bb0(%v295: tensor<f32>, %v296: tensor<f32>, %v297: tensor<i32>, %v298: tensor<i32>):
        %v299 = "stablehlo.compare"(%v295, %v296) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v299) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v302 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v303 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v304 = "stablehlo.compare"(%v23, %v303) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %v305 = "stablehlo.broadcast_in_dim"(%v23) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v306 = "stablehlo.compare"(%v302, %v305) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v307 = "stablehlo.broadcast_in_dim"(%v304) {broadcast_dimensions = array<i64>} : (tensor<i1>) -> tensor<1x96xi1>
    %v308 = "stablehlo.or"(%v306, %v307) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v309 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v313 = "stablehlo.reduce"(%v300, %v309) ({
      ^bb0(%v310: tensor<f32>, %v311: tensor<f32>):
        %v312 = "stablehlo.maximum"(%v310, %v311) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v312) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v314 = "stablehlo.reshape"(%v313) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v315 = "stablehlo.broadcast_in_dim"(%v314) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v316 = "stablehlo.subtract"(%v300, %v315) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v317 = "stablehlo.exponential"(%v316) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v318 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v322 = "stablehlo.reduce"(%v317, %v318) ({
      ^bb0(%v319: tensor<f32>, %v320: tensor<f32>):
        %v321 = "stablehlo.add"(%v319, %v320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v321) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v323 = "stablehlo.reshape"(%v322) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v324 = "stablehlo.broadcast_in_dim"(%v323) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v325 = "stablehlo.divide"(%v317, %v324) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v326 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v327 = "stablehlo.slice"(%v325) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v328 = "stablehlo.concatenate"(%v326, %v327) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v329 = "stablehlo.add"(%v325, %v328) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v330 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v331 = "stablehlo.slice"(%v329) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v332 = "stablehlo.concatenate"(%v330, %v331) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v333 = "stablehlo.add"(%v329, %v332) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v334 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v335 = "stablehlo.slice"(%v333) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v336 = "stablehlo.concatenate"(%v334, %v335) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v337 = "stablehlo.add"(%v333, %v336) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v338 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v339 = "stablehlo.slice"(%v337) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v340 = "stablehlo.concatenate"(%v338, %v339) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v341 = "stablehlo.add"(%v337, %v340) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v342 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v343 = "stablehlo.slice"(%v341) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v344 = "stablehlo.concatenate"(%v342, %v343) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v345 = "stablehlo.add"(%v341, %v344) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v346 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v347 = "stablehlo.slice"(%v345) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v348 = "stablehlo.concatenate"(%v346, %v347) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v349 = "stablehlo.add"(%v345, %v348) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v350 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v351 = "stablehlo.slice"(%v349) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v352 = "stablehlo.concatenate"(%v350, %v351) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v353 = "stablehlo.add"(%v349, %v352) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v354 = "stablehlo.subtract"(%v353, %v325) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v355 = "stablehlo.broadcast_in_dim"(%v24) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v356 = "stablehlo.compare"(%v354, %v355) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v357 = "stablehlo.and"(%v308, %v356) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v358, %v359 = "stablehlo.rng_bit_generator"(%v25) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<1x96xui32>)
    %v360 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v361 = "stablehlo.broadcast_in_dim"(%v360) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v362 = "stablehlo.shift_right_logical"(%v359, %v361) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v363 = "stablehlo.convert"(%v362) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v364 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v365 = "stablehlo.broadcast_in_dim"(%v364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v366 = "stablehlo.add"(%v363, %v365) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v367 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v368 = "stablehlo.broadcast_in_dim"(%v367) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v369 = "stablehlo.multiply"(%v366, %v368) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v370 = "stablehlo.log"(%v369) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v371 = "stablehlo.negate"(%v370) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v372 = "stablehlo.log"(%v371) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v373 = "stablehlo.negate"(%v372) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v374 = "stablehlo.add"(%v300, %v373) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v375 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v376 = "stablehlo.broadcast_in_dim"(%v375) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v377 = "stablehlo.select"(%v357, %v374, %v376) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v378 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v379 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v380 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v392, %v393 = "stablehlo.reduce"(%v377, %v378, %v379, %v380) ({
      ^bb0(%v381: tensor<f32>, %v382: tensor<i32>, %v383: tensor<f32>, %v384: tensor<i32>):
        %v385 = "stablehlo.compare"(%v383, %v381) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v386 = "stablehlo.compare"(%v383, %v381) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v387 = "stablehlo.compare"(%v384, %v382) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v388 = "stablehlo.and"(%v386, %v387) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v389 = "stablehlo.or"(%v385, %v388) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v390 = "stablehlo.select"(%v389, %v383, %v381) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v391 = "stablehlo.select"(%v389, %v384, %v382) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v390, %v391) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v394 = "stablehlo.reshape"(%v393) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v395 = "stablehlo.broadcast_in_dim"(%v394) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v396 = "stablehlo.compare"(%v302, %v395) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v397 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v398 = "stablehlo.broadcast_in_dim"(%v397) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v399 = "stablehlo.select"(%v396, %v301, %v398) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v400 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v404 = "stablehlo.reduce"(%v399, %v400) ({
      ^bb0(%v401: tensor<i32>, %v402: tensor<i32>):
        %v403 = "stablehlo.add"(%v401, %v402) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v403) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v405 = "stablehlo.reshape"(%v404) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v405, %v115, %v219, %v117, %v221, %v358) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) -> ()
  }
}
