module @prefill_t16_b1_s64_f32_sample attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(
      %v0: tensor<96x64xf32> {xlagen.name = "model.embed_tokens.weight"},
      %v1: tensor<64xf32> {xlagen.name = "model.layers.0.input_layernorm.weight"},
      %v2: tensor<64x64xf32> {xlagen.name = "model.layers.0.self_attn.q_proj.weight"},
      %v3: tensor<32x64xf32> {xlagen.name = "model.layers.0.self_attn.k_proj.weight"},
      %v4: tensor<32x64xf32> {xlagen.name = "model.layers.0.self_attn.v_proj.weight"},
      %v5: tensor<64x64xf32> {xlagen.name = "model.layers.0.self_attn.o_proj.weight"},
      %v6: tensor<64xf32> {xlagen.name = "model.layers.0.post_attention_layernorm.weight"},
      %v7: tensor<160x64xf32> {xlagen.name = "model.layers.0.mlp.gate_proj.weight"},
      %v8: tensor<160x64xf32> {xlagen.name = "model.layers.0.mlp.up_proj.weight"},
      %v9: tensor<64x160xf32> {xlagen.name = "model.layers.0.mlp.down_proj.weight"},
      %v10: tensor<64xf32> {xlagen.name = "model.layers.1.input_layernorm.weight"},
      %v11: tensor<64x64xf32> {xlagen.name = "model.layers.1.self_attn.q_proj.weight"},
      %v12: tensor<32x64xf32> {xlagen.name = "model.layers.1.self_attn.k_proj.weight"},
      %v13: tensor<32x64xf32> {xlagen.name = "model.layers.1.self_attn.v_proj.weight"},
      %v14: tensor<64x64xf32> {xlagen.name = "model.layers.1.self_attn.o_proj.weight"},
      %v15: tensor<64xf32> {xlagen.name = "model.layers.1.post_attention_layernorm.weight"},
      %v16: tensor<160x64xf32> {xlagen.name = "model.layers.1.mlp.gate_proj.weight"},
      %v17: tensor<160x64xf32> {xlagen.name = "model.layers.1.mlp.up_proj.weight"},
      %v18: tensor<64x160xf32> {xlagen.name = "model.layers.1.mlp.down_proj.weight"},
      %v19: tensor<64xf32> {xlagen.name = "model.norm.weight"},
      %v20: tensor<96x64xf32> {xlagen.name = "lm_head.weight"},
      %v21: tensor<1x16xi32> {xlagen.name = "tokens"},
      %v22: tensor<i32> {xlagen.name = "start"},
      %v23: tensor<1xi32> {xlagen.name = "pad"},
      %v24: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v25: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v26: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v27: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v28: tensor<f32> {xlagen.name = "temperature"},
      %v29: tensor<i32> {xlagen.name = "top_k"},
      %v30: tensor<f32> {xlagen.name = "top_p"},
      %v31: tensor<2xui64> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) {
    %v32 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v33 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16xi32>
    %v34 = "stablehlo.add"(%v32, %v33) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v35 = "stablehlo.reshape"(%v23) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v36 = "stablehlo.broadcast_in_dim"(%v35) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v37 = "stablehlo.subtract"(%v34, %v36) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v38 = "stablehlo.convert"(%v37) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v39 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v40 = "stablehlo.reshape"(%v38) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v41 = "stablehlo.reshape"(%v39) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v42 = "stablehlo.broadcast_in_dim"(%v40) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v43 = "stablehlo.broadcast_in_dim"(%v41) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v44 = "stablehlo.multiply"(%v42, %v43) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v45 = "stablehlo.concatenate"(%v44, %v44) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v46 = "stablehlo.cosine"(%v45) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v47 = "stablehlo.sine"(%v45) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v48 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v49 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v50 = "stablehlo.add"(%v48, %v49) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v51 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v52 = "stablehlo.reshape"(%v23) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v53 = "stablehlo.broadcast_in_dim"(%v52) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v54 = "stablehlo.compare"(%v51, %v53) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v55 = "stablehlo.compare"(%v51, %v50) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v56 = "stablehlo.or"(%v54, %v55) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v57 = "stablehlo.compare"(%v51, %v50) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v58 = "stablehlo.and"(%v57, %v56) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v59 = "stablehlo.subtract"(%v50, %v51) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v60 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v61 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v62 = "stablehlo.compare"(%v59, %v61) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v63 = "stablehlo.and"(%v58, %v62) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v64 = "stablehlo.reshape"(%v63) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v65 = "stablehlo.gather"(%v0, %v21) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v66 = "stablehlo.multiply"(%v65, %v65) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v67 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v71 = "stablehlo.reduce"(%v66, %v67) ({
      ^bb0(%v68: tensor<f32>, %v69: tensor<f32>):
        %v70 = "stablehlo.add"(%v68, %v69) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v70) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v72 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v73 = "stablehlo.broadcast_in_dim"(%v72) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v74 = "stablehlo.divide"(%v71, %v73) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v75 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v76 = "stablehlo.broadcast_in_dim"(%v75) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v77 = "stablehlo.add"(%v74, %v76) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v78 = "stablehlo.rsqrt"(%v77) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v79 = "stablehlo.reshape"(%v78) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v80 = "stablehlo.broadcast_in_dim"(%v79) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v81 = "stablehlo.multiply"(%v65, %v80) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v82 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v83 = "stablehlo.multiply"(%v81, %v82) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v84 = "stablehlo.reshape"(%v83) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v85 = "stablehlo.dot_general"(%v2, %v84) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v86 = "stablehlo.transpose"(%v85) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v87 = "stablehlo.reshape"(%v86) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v88 = "stablehlo.reshape"(%v87) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v89 = "stablehlo.transpose"(%v88) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v90 = "stablehlo.slice"(%v89) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v91 = "stablehlo.slice"(%v89) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v92 = "stablehlo.negate"(%v91) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v93 = "stablehlo.concatenate"(%v92, %v90) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v94 = "stablehlo.reshape"(%v46) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v95 = "stablehlo.reshape"(%v47) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v96 = "stablehlo.broadcast_in_dim"(%v94) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v97 = "stablehlo.multiply"(%v89, %v96) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v98 = "stablehlo.broadcast_in_dim"(%v95) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v99 = "stablehlo.multiply"(%v93, %v98) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v100 = "stablehlo.add"(%v97, %v99) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v101 = "stablehlo.reshape"(%v83) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v102 = "stablehlo.dot_general"(%v3, %v101) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
    %v103 = "stablehlo.transpose"(%v102) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %v104 = "stablehlo.reshape"(%v103) : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
    %v105 = "stablehlo.reshape"(%v104) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v106 = "stablehlo.transpose"(%v105) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v107 = "stablehlo.slice"(%v106) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v108 = "stablehlo.slice"(%v106) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v109 = "stablehlo.negate"(%v108) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v110 = "stablehlo.concatenate"(%v109, %v107) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v111 = "stablehlo.reshape"(%v46) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v112 = "stablehlo.reshape"(%v47) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v113 = "stablehlo.broadcast_in_dim"(%v111) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v114 = "stablehlo.multiply"(%v106, %v113) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v115 = "stablehlo.broadcast_in_dim"(%v112) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v116 = "stablehlo.multiply"(%v110, %v115) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v117 = "stablehlo.add"(%v114, %v116) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v118 = "stablehlo.reshape"(%v83) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v119 = "stablehlo.dot_general"(%v4, %v118) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
    %v120 = "stablehlo.transpose"(%v119) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %v121 = "stablehlo.reshape"(%v120) : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v123 = "stablehlo.transpose"(%v122) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v124 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v125 = "stablehlo.reshape"(%v117) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v126 = "stablehlo.dynamic_update_slice"(%v24, %v125, %v124, %v22, %v124) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v127 = "stablehlo.reshape"(%v123) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v128 = "stablehlo.dynamic_update_slice"(%v26, %v127, %v124, %v22, %v124) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v129 = "stablehlo.reshape"(%v100) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v130 = "stablehlo.reshape"(%v129) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v131 = "stablehlo.dot_general"(%v130, %v126) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v132 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v133 = "stablehlo.broadcast_in_dim"(%v132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v134 = "stablehlo.multiply"(%v131, %v133) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v135 = "stablehlo.reshape"(%v134) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v136 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v137 = "stablehlo.broadcast_in_dim"(%v136) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v138 = "stablehlo.broadcast_in_dim"(%v64) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v139 = "stablehlo.select"(%v138, %v135, %v137) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v140 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v144 = "stablehlo.reduce"(%v139, %v140) ({
      ^bb0(%v141: tensor<f32>, %v142: tensor<f32>):
        %v143 = "stablehlo.maximum"(%v141, %v142) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v143) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v145 = "stablehlo.reshape"(%v144) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v146 = "stablehlo.broadcast_in_dim"(%v145) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v147 = "stablehlo.subtract"(%v139, %v146) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v148 = "stablehlo.exponential"(%v147) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v149 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v153 = "stablehlo.reduce"(%v148, %v149) ({
      ^bb0(%v150: tensor<f32>, %v151: tensor<f32>):
        %v152 = "stablehlo.add"(%v150, %v151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v152) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v154 = "stablehlo.reshape"(%v153) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v155 = "stablehlo.broadcast_in_dim"(%v154) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v156 = "stablehlo.divide"(%v148, %v155) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v157 = "stablehlo.reshape"(%v156) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v158 = "stablehlo.dot_general"(%v157, %v128) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v160 = "stablehlo.transpose"(%v159) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v161 = "stablehlo.reshape"(%v160) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v162 = "stablehlo.reshape"(%v161) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v163 = "stablehlo.dot_general"(%v5, %v162) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v164 = "stablehlo.transpose"(%v163) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v165 = "stablehlo.reshape"(%v164) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v166 = "stablehlo.add"(%v65, %v165) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v167 = "stablehlo.multiply"(%v166, %v166) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v168 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v172 = "stablehlo.reduce"(%v167, %v168) ({
      ^bb0(%v169: tensor<f32>, %v170: tensor<f32>):
        %v171 = "stablehlo.add"(%v169, %v170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v171) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v173 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v174 = "stablehlo.broadcast_in_dim"(%v173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v175 = "stablehlo.divide"(%v172, %v174) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v176 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v177 = "stablehlo.broadcast_in_dim"(%v176) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v178 = "stablehlo.add"(%v175, %v177) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v179 = "stablehlo.rsqrt"(%v178) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v180 = "stablehlo.reshape"(%v179) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v181 = "stablehlo.broadcast_in_dim"(%v180) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v182 = "stablehlo.multiply"(%v166, %v181) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v183 = "stablehlo.broadcast_in_dim"(%v6) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v184 = "stablehlo.multiply"(%v182, %v183) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v185 = "stablehlo.reshape"(%v184) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v186 = "stablehlo.dot_general"(%v7, %v185) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<16x64xf32>) -> tensor<160x16xf32>
    %v187 = "stablehlo.transpose"(%v186) {permutation = array<i64: 1, 0>} : (tensor<160x16xf32>) -> tensor<16x160xf32>
    %v188 = "stablehlo.reshape"(%v187) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v189 = "stablehlo.logistic"(%v188) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v190 = "stablehlo.multiply"(%v188, %v189) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v191 = "stablehlo.reshape"(%v184) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v192 = "stablehlo.dot_general"(%v8, %v191) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<16x64xf32>) -> tensor<160x16xf32>
    %v193 = "stablehlo.transpose"(%v192) {permutation = array<i64: 1, 0>} : (tensor<160x16xf32>) -> tensor<16x160xf32>
    %v194 = "stablehlo.reshape"(%v193) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v195 = "stablehlo.multiply"(%v190, %v194) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v196 = "stablehlo.reshape"(%v195) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v197 = "stablehlo.dot_general"(%v9, %v196) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v198 = "stablehlo.transpose"(%v197) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v199 = "stablehlo.reshape"(%v198) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v200 = "stablehlo.add"(%v166, %v199) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v201 = "stablehlo.multiply"(%v200, %v200) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v202 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v206 = "stablehlo.reduce"(%v201, %v202) ({
      ^bb0(%v203: tensor<f32>, %v204: tensor<f32>):
        %v205 = "stablehlo.add"(%v203, %v204) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v205) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v207 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v208 = "stablehlo.broadcast_in_dim"(%v207) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v209 = "stablehlo.divide"(%v206, %v208) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v210 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v211 = "stablehlo.broadcast_in_dim"(%v210) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v212 = "stablehlo.add"(%v209, %v211) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v213 = "stablehlo.rsqrt"(%v212) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v214 = "stablehlo.reshape"(%v213) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v215 = "stablehlo.broadcast_in_dim"(%v214) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v216 = "stablehlo.multiply"(%v200, %v215) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v217 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v218 = "stablehlo.multiply"(%v216, %v217) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v219 = "stablehlo.reshape"(%v218) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v220 = "stablehlo.dot_general"(%v11, %v219) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v221 = "stablehlo.transpose"(%v220) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v222 = "stablehlo.reshape"(%v221) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v223 = "stablehlo.reshape"(%v222) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v224 = "stablehlo.transpose"(%v223) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v225 = "stablehlo.slice"(%v224) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v226 = "stablehlo.slice"(%v224) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v227 = "stablehlo.negate"(%v226) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v228 = "stablehlo.concatenate"(%v227, %v225) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v229 = "stablehlo.reshape"(%v46) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v230 = "stablehlo.reshape"(%v47) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v231 = "stablehlo.broadcast_in_dim"(%v229) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v232 = "stablehlo.multiply"(%v224, %v231) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v233 = "stablehlo.broadcast_in_dim"(%v230) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v234 = "stablehlo.multiply"(%v228, %v233) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v235 = "stablehlo.add"(%v232, %v234) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v236 = "stablehlo.reshape"(%v218) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v237 = "stablehlo.dot_general"(%v12, %v236) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
    %v238 = "stablehlo.transpose"(%v237) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %v239 = "stablehlo.reshape"(%v238) : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
    %v240 = "stablehlo.reshape"(%v239) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v241 = "stablehlo.transpose"(%v240) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v242 = "stablehlo.slice"(%v241) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v243 = "stablehlo.slice"(%v241) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v244 = "stablehlo.negate"(%v243) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v245 = "stablehlo.concatenate"(%v244, %v242) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v246 = "stablehlo.reshape"(%v46) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v247 = "stablehlo.reshape"(%v47) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v248 = "stablehlo.broadcast_in_dim"(%v246) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v249 = "stablehlo.multiply"(%v241, %v248) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v250 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v251 = "stablehlo.multiply"(%v245, %v250) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v252 = "stablehlo.add"(%v249, %v251) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v253 = "stablehlo.reshape"(%v218) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v254 = "stablehlo.dot_general"(%v13, %v253) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
    %v255 = "stablehlo.transpose"(%v254) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %v256 = "stablehlo.reshape"(%v255) : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
    %v257 = "stablehlo.reshape"(%v256) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v258 = "stablehlo.transpose"(%v257) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v259 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v260 = "stablehlo.reshape"(%v252) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v261 = "stablehlo.dynamic_update_slice"(%v25, %v260, %v259, %v22, %v259) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v262 = "stablehlo.reshape"(%v258) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v263 = "stablehlo.dynamic_update_slice"(%v27, %v262, %v259, %v22, %v259) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v264 = "stablehlo.reshape"(%v235) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v265 = "stablehlo.reshape"(%v264) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v266 = "stablehlo.dot_general"(%v265, %v261) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v267 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v268 = "stablehlo.broadcast_in_dim"(%v267) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v269 = "stablehlo.multiply"(%v266, %v268) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v270 = "stablehlo.reshape"(%v269) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v271 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v272 = "stablehlo.broadcast_in_dim"(%v271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v273 = "stablehlo.broadcast_in_dim"(%v64) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v274 = "stablehlo.select"(%v273, %v270, %v272) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v275 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v279 = "stablehlo.reduce"(%v274, %v275) ({
      ^bb0(%v276: tensor<f32>, %v277: tensor<f32>):
        %v278 = "stablehlo.maximum"(%v276, %v277) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v278) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v280 = "stablehlo.reshape"(%v279) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v281 = "stablehlo.broadcast_in_dim"(%v280) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v282 = "stablehlo.subtract"(%v274, %v281) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v283 = "stablehlo.exponential"(%v282) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v284 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v288 = "stablehlo.reduce"(%v283, %v284) ({
      ^bb0(%v285: tensor<f32>, %v286: tensor<f32>):
        %v287 = "stablehlo.add"(%v285, %v286) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v287) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v289 = "stablehlo.reshape"(%v288) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v290 = "stablehlo.broadcast_in_dim"(%v289) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v291 = "stablehlo.divide"(%v283, %v290) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v292 = "stablehlo.reshape"(%v291) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v293 = "stablehlo.dot_general"(%v292, %v263) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v294 = "stablehlo.reshape"(%v293) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v295 = "stablehlo.transpose"(%v294) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v296 = "stablehlo.reshape"(%v295) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v297 = "stablehlo.reshape"(%v296) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v298 = "stablehlo.dot_general"(%v14, %v297) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v299 = "stablehlo.transpose"(%v298) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v300 = "stablehlo.reshape"(%v299) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v301 = "stablehlo.add"(%v200, %v300) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v302 = "stablehlo.multiply"(%v301, %v301) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v303 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v307 = "stablehlo.reduce"(%v302, %v303) ({
      ^bb0(%v304: tensor<f32>, %v305: tensor<f32>):
        %v306 = "stablehlo.add"(%v304, %v305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v306) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v308 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v309 = "stablehlo.broadcast_in_dim"(%v308) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v310 = "stablehlo.divide"(%v307, %v309) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v311 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v312 = "stablehlo.broadcast_in_dim"(%v311) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v313 = "stablehlo.add"(%v310, %v312) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v314 = "stablehlo.rsqrt"(%v313) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v315 = "stablehlo.reshape"(%v314) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v316 = "stablehlo.broadcast_in_dim"(%v315) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v317 = "stablehlo.multiply"(%v301, %v316) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v318 = "stablehlo.broadcast_in_dim"(%v15) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v319 = "stablehlo.multiply"(%v317, %v318) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v320 = "stablehlo.reshape"(%v319) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v321 = "stablehlo.dot_general"(%v16, %v320) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<16x64xf32>) -> tensor<160x16xf32>
    %v322 = "stablehlo.transpose"(%v321) {permutation = array<i64: 1, 0>} : (tensor<160x16xf32>) -> tensor<16x160xf32>
    %v323 = "stablehlo.reshape"(%v322) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v324 = "stablehlo.logistic"(%v323) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v325 = "stablehlo.multiply"(%v323, %v324) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v326 = "stablehlo.reshape"(%v319) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v327 = "stablehlo.dot_general"(%v17, %v326) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<16x64xf32>) -> tensor<160x16xf32>
    %v328 = "stablehlo.transpose"(%v327) {permutation = array<i64: 1, 0>} : (tensor<160x16xf32>) -> tensor<16x160xf32>
    %v329 = "stablehlo.reshape"(%v328) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v330 = "stablehlo.multiply"(%v325, %v329) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v331 = "stablehlo.reshape"(%v330) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v332 = "stablehlo.dot_general"(%v18, %v331) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v333 = "stablehlo.transpose"(%v332) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v334 = "stablehlo.reshape"(%v333) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v335 = "stablehlo.add"(%v301, %v334) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v336 = "stablehlo.multiply"(%v335, %v335) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v337 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v341 = "stablehlo.reduce"(%v336, %v337) ({
      ^bb0(%v338: tensor<f32>, %v339: tensor<f32>):
        %v340 = "stablehlo.add"(%v338, %v339) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v340) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v342 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v343 = "stablehlo.broadcast_in_dim"(%v342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v344 = "stablehlo.divide"(%v341, %v343) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v345 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v346 = "stablehlo.broadcast_in_dim"(%v345) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v347 = "stablehlo.add"(%v344, %v346) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v348 = "stablehlo.rsqrt"(%v347) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v349 = "stablehlo.reshape"(%v348) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v350 = "stablehlo.broadcast_in_dim"(%v349) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v351 = "stablehlo.multiply"(%v335, %v350) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v352 = "stablehlo.broadcast_in_dim"(%v19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v353 = "stablehlo.multiply"(%v351, %v352) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v354 = "stablehlo.slice"(%v353) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 15, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x1x64xf32>
    %v355 = "stablehlo.reshape"(%v354) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v356 = "stablehlo.dot_general"(%v20, %v355) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v357 = "stablehlo.transpose"(%v356) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v358 = "stablehlo.reshape"(%v357) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v359 = "stablehlo.reshape"(%v358) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v360 = "stablehlo.broadcast_in_dim"(%v28) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v361 = "stablehlo.divide"(%v359, %v360) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v362 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v368, %v369 = "stablehlo.sort"(%v361, %v362) ({
      ^bb0(%v363: tensor<f32>, %v364: tensor<f32>, %v365: tensor<i32>, %v366: tensor<i32>):
        %v367 = "stablehlo.compare"(%v363, %v364) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v367) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v370 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v371 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v372 = "stablehlo.compare"(%v29, %v371) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %v373 = "stablehlo.broadcast_in_dim"(%v29) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v374 = "stablehlo.compare"(%v370, %v373) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v375 = "stablehlo.broadcast_in_dim"(%v372) {broadcast_dimensions = array<i64>} : (tensor<i1>) -> tensor<1x96xi1>
    %v376 = "stablehlo.or"(%v374, %v375) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v377 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v381 = "stablehlo.reduce"(%v368, %v377) ({
      ^bb0(%v378: tensor<f32>, %v379: tensor<f32>):
        %v380 = "stablehlo.maximum"(%v378, %v379) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v380) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v382 = "stablehlo.reshape"(%v381) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v383 = "stablehlo.broadcast_in_dim"(%v382) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v384 = "stablehlo.subtract"(%v368, %v383) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v385 = "stablehlo.exponential"(%v384) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v386 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v390 = "stablehlo.reduce"(%v385, %v386) ({
      ^bb0(%v387: tensor<f32>, %v388: tensor<f32>):
        %v389 = "stablehlo.add"(%v387, %v388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v389) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v391 = "stablehlo.reshape"(%v390) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v392 = "stablehlo.broadcast_in_dim"(%v391) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v393 = "stablehlo.divide"(%v385, %v392) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v394 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v395 = "stablehlo.slice"(%v393) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v396 = "stablehlo.concatenate"(%v394, %v395) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v397 = "stablehlo.add"(%v393, %v396) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v398 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v399 = "stablehlo.slice"(%v397) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v400 = "stablehlo.concatenate"(%v398, %v399) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v401 = "stablehlo.add"(%v397, %v400) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v402 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v403 = "stablehlo.slice"(%v401) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v404 = "stablehlo.concatenate"(%v402, %v403) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v405 = "stablehlo.add"(%v401, %v404) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v406 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v407 = "stablehlo.slice"(%v405) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v408 = "stablehlo.concatenate"(%v406, %v407) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v409 = "stablehlo.add"(%v405, %v408) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v410 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v411 = "stablehlo.slice"(%v409) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v412 = "stablehlo.concatenate"(%v410, %v411) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v413 = "stablehlo.add"(%v409, %v412) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v414 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v415 = "stablehlo.slice"(%v413) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v416 = "stablehlo.concatenate"(%v414, %v415) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v417 = "stablehlo.add"(%v413, %v416) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v418 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v419 = "stablehlo.slice"(%v417) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v420 = "stablehlo.concatenate"(%v418, %v419) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v421 = "stablehlo.add"(%v417, %v420) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v422 = "stablehlo.subtract"(%v421, %v393) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v423 = "stablehlo.broadcast_in_dim"(%v30) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v424 = "stablehlo.compare"(%v422, %v423) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v425 = "stablehlo.and"(%v376, %v424) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v426, %v427 = "stablehlo.rng_bit_generator"(%v31) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<1x96xui32>)
    %v428 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v429 = "stablehlo.broadcast_in_dim"(%v428) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v430 = "stablehlo.shift_right_logical"(%v427, %v429) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v431 = "stablehlo.convert"(%v430) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v432 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v433 = "stablehlo.broadcast_in_dim"(%v432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v434 = "stablehlo.add"(%v431, %v433) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v435 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v436 = "stablehlo.broadcast_in_dim"(%v435) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v437 = "stablehlo.multiply"(%v434, %v436) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v438 = "stablehlo.log"(%v437) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v439 = "stablehlo.negate"(%v438) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v440 = "stablehlo.log"(%v439) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v441 = "stablehlo.negate"(%v440) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v442 = "stablehlo.add"(%v368, %v441) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v443 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v444 = "stablehlo.broadcast_in_dim"(%v443) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v445 = "stablehlo.select"(%v425, %v442, %v444) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v446 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v447 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v448 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v460, %v461 = "stablehlo.reduce"(%v445, %v446, %v447, %v448) ({
      ^bb0(%v449: tensor<f32>, %v450: tensor<i32>, %v451: tensor<f32>, %v452: tensor<i32>):
        %v453 = "stablehlo.compare"(%v451, %v449) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v454 = "stablehlo.compare"(%v451, %v449) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v455 = "stablehlo.compare"(%v452, %v450) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v456 = "stablehlo.and"(%v454, %v455) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v457 = "stablehlo.or"(%v453, %v456) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v458 = "stablehlo.select"(%v457, %v451, %v449) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v459 = "stablehlo.select"(%v457, %v452, %v450) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v458, %v459) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v462 = "stablehlo.reshape"(%v461) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v463 = "stablehlo.broadcast_in_dim"(%v462) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v464 = "stablehlo.compare"(%v370, %v463) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v465 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v466 = "stablehlo.broadcast_in_dim"(%v465) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v467 = "stablehlo.select"(%v464, %v369, %v466) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v468 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v472 = "stablehlo.reduce"(%v467, %v468) ({
      ^bb0(%v469: tensor<i32>, %v470: tensor<i32>):
        %v471 = "stablehlo.add"(%v469, %v470) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v471) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v473 = "stablehlo.reshape"(%v472) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v473, %v126, %v261, %v128, %v263, %v426) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) -> ()
  }
}
