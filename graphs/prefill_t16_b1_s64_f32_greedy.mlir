module @prefill_t16_b1_s64_f32_greedy attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v27: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v28 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v29 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16xi32>
    %v30 = "stablehlo.add"(%v28, %v29) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v31 = "stablehlo.reshape"(%v23) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v32 = "stablehlo.broadcast_in_dim"(%v31) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v33 = "stablehlo.subtract"(%v30, %v32) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v34 = "stablehlo.convert"(%v33) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v35 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v36 = "stablehlo.reshape"(%v34) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v37 = "stablehlo.reshape"(%v35) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v38 = "stablehlo.broadcast_in_dim"(%v36) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v39 = "stablehlo.broadcast_in_dim"(%v37) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v40 = "stablehlo.multiply"(%v38, %v39) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v41 = "stablehlo.concatenate"(%v40, %v40) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v42 = "stablehlo.cosine"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v43 = "stablehlo.sine"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v44 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v45 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v46 = "stablehlo.add"(%v44, %v45) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v47 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v48 = "stablehlo.reshape"(%v23) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v49 = "stablehlo.broadcast_in_dim"(%v48) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v50 = "stablehlo.compare"(%v47, %v49) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v51 = "stablehlo.compare"(%v47, %v46) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v52 = "stablehlo.or"(%v50, %v51) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v53 = "stablehlo.compare"(%v47, %v46) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v54 = "stablehlo.and"(%v53, %v52) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v55 = "stablehlo.subtract"(%v46, %v47) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v56 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v57 = "stablehlo.broadcast_in_dim"(%v56) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v58 = "stablehlo.compare"(%v55, %v57) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v59 = "stablehlo.and"(%v54, %v58) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v60 = "stablehlo.reshape"(%v59) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v61 = "stablehlo.gather"(%v0, %v21) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v62 = "stablehlo.multiply"(%v61, %v61) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v63 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v67 = "stablehlo.reduce"(%v62, %v63) ({
      ^bb0(%v64: tensor<f32>, %v65: tensor<f32>):
        %v66 = "stablehlo.add"(%v64, %v65) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v66) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v68 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v69 = "stablehlo.broadcast_in_dim"(%v68) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v70 = "stablehlo.divide"(%v67, %v69) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v71 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v72 = "stablehlo.broadcast_in_dim"(%v71) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v73 = "stablehlo.add"(%v70, %v72) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v74 = "stablehlo.rsqrt"(%v73) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v75 = "stablehlo.reshape"(%v74) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v76 = "stablehlo.broadcast_in_dim"(%v75) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v77 = "stablehlo.multiply"(%v61, %v76) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v78 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v79 = "stablehlo.multiply"(%v77, %v78) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v80 = "stablehlo.reshape"(%v79) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v81 = "stablehlo.dot_general"(%v2, %v80) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v82 = "stablehlo.transpose"(%v81) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v83 = "stablehlo.reshape"(%v82) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v84 = "stablehlo.reshape"(%v83) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v85 = "stablehlo.transpose"(%v84) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v86 = "stablehlo.slice"(%v85) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v87 = "stablehlo.slice"(%v85) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v88 = "stablehlo.negate"(%v87) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v89 = "stablehlo.concatenate"(%v88, %v86) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v90 = "stablehlo.reshape"(%v42) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v91 = "stablehlo.reshape"(%v43) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v92 = "stablehlo.broadcast_in_dim"(%v90) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v93 = "stablehlo.multiply"(%v85, %v92) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v94 = "stablehlo.broadcast_in_dim"(%v91) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v95 = "stablehlo.multiply"(%v89, %v94) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v96 = "stablehlo.add"(%v93, %v95) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v97 = "stablehlo.reshape"(%v79) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v98 = "stablehlo.dot_general"(%v3, %v97) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
    %v99 = "stablehlo.transpose"(%v98) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %v100 = "stablehlo.reshape"(%v99) : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
    %v101 = "stablehlo.reshape"(%v100) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v102 = "stablehlo.transpose"(%v101) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.slice"(%v102) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v104 = "stablehlo.slice"(%v102) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v105 = "stablehlo.negate"(%v104) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v106 = "stablehlo.concatenate"(%v105, %v103) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v107 = "stablehlo.reshape"(%v42) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v108 = "stablehlo.reshape"(%v43) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v109 = "stablehlo.broadcast_in_dim"(%v107) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v110 = "stablehlo.multiply"(%v102, %v109) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v111 = "stablehlo.broadcast_in_dim"(%v108) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v112 = "stablehlo.multiply"(%v106, %v111) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v113 = "stablehlo.add"(%v110, %v112) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v114 = "stablehlo.reshape"(%v79) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v115 = "stablehlo.dot_general"(%v4, %v114) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
    %v116 = "stablehlo.transpose"(%v115) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %v117 = "stablehlo.reshape"(%v116) : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
    %v118 = "stablehlo.reshape"(%v117) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v119 = "stablehlo.transpose"(%v118) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v120 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v121 = "stablehlo.reshape"(%v113) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v122 = "stablehlo.dynamic_update_slice"(%v24, %v121, %v120, %v22, %v120) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v123 = "stablehlo.reshape"(%v119) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v124 = "stablehlo.dynamic_update_slice"(%v26, %v123, %v120, %v22, %v120) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v125 = "stablehlo.reshape"(%v96) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v126 = "stablehlo.reshape"(%v125) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v127 = "stablehlo.dot_general"(%v126, %v122) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v128 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v129 = "stablehlo.broadcast_in_dim"(%v128) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v130 = "stablehlo.multiply"(%v127, %v129) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v131 = "stablehlo.reshape"(%v130) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v132 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v133 = "stablehlo.broadcast_in_dim"(%v132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v134 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v135 = "stablehlo.select"(%v134, %v131, %v133) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v136 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v140 = "stablehlo.reduce"(%v135, %v136) ({
      ^bb0(%v137: tensor<f32>, %v138: tensor<f32>):
        %v139 = "stablehlo.maximum"(%v137, %v138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v139) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v141 = "stablehlo.reshape"(%v140) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v142 = "stablehlo.broadcast_in_dim"(%v141) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v143 = "stablehlo.subtract"(%v135, %v142) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v144 = "stablehlo.exponential"(%v143) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v145 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v149 = "stablehlo.reduce"(%v144, %v145) ({
      ^bb0(%v146: tensor<f32>, %v147: tensor<f32>):
        %v148 = "stablehlo.add"(%v146, %v147) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v148) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v150 = "stablehlo.reshape"(%v149) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v151 = "stablehlo.broadcast_in_dim"(%v150) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v152 = "stablehlo.divide"(%v144, %v151) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v153 = "stablehlo.reshape"(%v152) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v154 = "stablehlo.dot_general"(%v153, %v124) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v156 = "stablehlo.transpose"(%v155) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v157 = "stablehlo.reshape"(%v156) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v158 = "stablehlo.reshape"(%v157) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v159 = "stablehlo.dot_general"(%v5, %v158) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v160 = "stablehlo.transpose"(%v159) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v161 = "stablehlo.reshape"(%v160) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v162 = "stablehlo.add"(%v61, %v161) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v163 = "stablehlo.multiply"(%v162, %v162) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v164 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v168 = "stablehlo.reduce"(%v163, %v164) ({
      ^bb0(%v165: tensor<f32>, %v166: tensor<f32>):
        %v167 = "stablehlo.add"(%v165, %v166) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v167) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v169 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v171 = "stablehlo.divide"(%v168, %v170) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v172 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v173 = "stablehlo.broadcast_in_dim"(%v172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v174 = "stablehlo.add"(%v171, %v173) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v175 = "stablehlo.rsqrt"(%v174) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v176 = "stablehlo.reshape"(%v175) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v177 = "stablehlo.broadcast_in_dim"(%v176) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v178 = "stablehlo.multiply"(%v162, %v177) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v179 = "stablehlo.broadcast_in_dim"(%v6) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v180 = "stablehlo.multiply"(%v178, %v179) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v181 = "stablehlo.reshape"(%v180) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v182 = "stablehlo.dot_general"(%v7, %v181) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<16x64xf32>) -> tensor<160x16xf32>
    %v183 = "stablehlo.transpose"(%v182) {permutation = array<i64: 1, 0>} : (tensor<160x16xf32>) -> tensor<16x160xf32>
    %v184 = "stablehlo.reshape"(%v183) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v185 = "stablehlo.logistic"(%v184) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v186 = "stablehlo.multiply"(%v184, %v185) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v187 = "stablehlo.reshape"(%v180) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v188 = "stablehlo.dot_general"(%v8, %v187) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<16x64xf32>) -> tensor<160x16xf32>
    %v189 = "stablehlo.transpose"(%v188) {permutation = array<i64: 1, 0>} : (tensor<160x16xf32>) -> tensor<16x160xf32>
    %v190 = "stablehlo.reshape"(%v189) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v191 = "stablehlo.multiply"(%v186, %v190) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v192 = "stablehlo.reshape"(%v191) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v193 = "stablehlo.dot_general"(%v9, %v192) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v194 = "stablehlo.transpose"(%v193) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v195 = "stablehlo.reshape"(%v194) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v196 = "stablehlo.add"(%v162, %v195) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v197 = "stablehlo.multiply"(%v196, %v196) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v198 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v202 = "stablehlo.reduce"(%v197, %v198) ({
      ^bb0(%v199: tensor<f32>, %v200: tensor<f32>):
        %v201 = "stablehlo.add"(%v199, %v200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v201) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v203 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v204 = "stablehlo.broadcast_in_dim"(%v203) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v205 = "stablehlo.divide"(%v202, %v204) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v206 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v207 = "stablehlo.broadcast_in_dim"(%v206) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v208 = "stablehlo.add"(%v205, %v207) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v209 = "stablehlo.rsqrt"(%v208) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v210 = "stablehlo.reshape"(%v209) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v211 = "stablehlo.broadcast_in_dim"(%v210) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v212 = "stablehlo.multiply"(%v196, %v211) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v213 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v214 = "stablehlo.multiply"(%v212, %v213) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v215 = "stablehlo.reshape"(%v214) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v216 = "stablehlo.dot_general"(%v11, %v215) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v217 = "stablehlo.transpose"(%v216) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v218 = "stablehlo.reshape"(%v217) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v219 = "stablehlo.reshape"(%v218) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v220 = "stablehlo.transpose"(%v219) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v221 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v222 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v223 = "stablehlo.negate"(%v222) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v224 = "stablehlo.concatenate"(%v223, %v221) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v225 = "stablehlo.reshape"(%v42) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v226 = "stablehlo.reshape"(%v43) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v227 = "stablehlo.broadcast_in_dim"(%v225) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v228 = "stablehlo.multiply"(%v220, %v227) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v229 = "stablehlo.broadcast_in_dim"(%v226) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v230 = "stablehlo.multiply"(%v224, %v229) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v231 = "stablehlo.add"(%v228, %v230) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v232 = "stablehlo.reshape"(%v214) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v233 = "stablehlo.dot_general"(%v12, %v232) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
    %v234 = "stablehlo.transpose"(%v233) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %v235 = "stablehlo.reshape"(%v234) : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
    %v236 = "stablehlo.reshape"(%v235) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v237 = "stablehlo.transpose"(%v236) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v238 = "stablehlo.slice"(%v237) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v239 = "stablehlo.slice"(%v237) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v240 = "stablehlo.negate"(%v239) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v241 = "stablehlo.concatenate"(%v240, %v238) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v242 = "stablehlo.reshape"(%v42) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v243 = "stablehlo.reshape"(%v43) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v244 = "stablehlo.broadcast_in_dim"(%v242) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v245 = "stablehlo.multiply"(%v237, %v244) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v246 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v247 = "stablehlo.multiply"(%v241, %v246) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v248 = "stablehlo.add"(%v245, %v247) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v249 = "stablehlo.reshape"(%v214) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v250 = "stablehlo.dot_general"(%v13, %v249) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<16x64xf32>) -> tensor<32x16xf32>
    %v251 = "stablehlo.transpose"(%v250) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %v252 = "stablehlo.reshape"(%v251) : (tensor<16x32xf32>) -> tensor<1x16x32xf32>
    %v253 = "stablehlo.reshape"(%v252) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v254 = "stablehlo.transpose"(%v253) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v255 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v256 = "stablehlo.reshape"(%v248) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v257 = "stablehlo.dynamic_update_slice"(%v25, %v256, %v255, %v22, %v255) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v258 = "stablehlo.reshape"(%v254) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v259 = "stablehlo.dynamic_update_slice"(%v27, %v258, %v255, %v22, %v255) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v260 = "stablehlo.reshape"(%v231) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v261 = "stablehlo.reshape"(%v260) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v262 = "stablehlo.dot_general"(%v261, %v257) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v263 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v264 = "stablehlo.broadcast_in_dim"(%v263) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v265 = "stablehlo.multiply"(%v262, %v264) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v266 = "stablehlo.reshape"(%v265) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v267 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v268 = "stablehlo.broadcast_in_dim"(%v267) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v269 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v270 = "stablehlo.select"(%v269, %v266, %v268) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v271 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v275 = "stablehlo.reduce"(%v270, %v271) ({
      ^bb0(%v272: tensor<f32>, %v273: tensor<f32>):
        %v274 = "stablehlo.maximum"(%v272, %v273) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v274) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v276 = "stablehlo.reshape"(%v275) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v277 = "stablehlo.broadcast_in_dim"(%v276) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v278 = "stablehlo.subtract"(%v270, %v277) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v279 = "stablehlo.exponential"(%v278) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v280 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v284 = "stablehlo.reduce"(%v279, %v280) ({
      ^bb0(%v281: tensor<f32>, %v282: tensor<f32>):
        %v283 = "stablehlo.add"(%v281, %v282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v283) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v285 = "stablehlo.reshape"(%v284) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v286 = "stablehlo.broadcast_in_dim"(%v285) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v287 = "stablehlo.divide"(%v279, %v286) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v288 = "stablehlo.reshape"(%v287) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v289 = "stablehlo.dot_general"(%v288, %v259) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v290 = "stablehlo.reshape"(%v289) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v291 = "stablehlo.transpose"(%v290) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v292 = "stablehlo.reshape"(%v291) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v293 = "stablehlo.reshape"(%v292) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v294 = "stablehlo.dot_general"(%v14, %v293) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v295 = "stablehlo.transpose"(%v294) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v296 = "stablehlo.reshape"(%v295) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v297 = "stablehlo.add"(%v196, %v296) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v298 = "stablehlo.multiply"(%v297, %v297) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v299 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v303 = "stablehlo.reduce"(%v298, %v299) ({
      ^bb0(%v300: tensor<f32>, %v301: tensor<f32>):
        %v302 = "stablehlo.add"(%v300, %v301) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v302) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v304 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v305 = "stablehlo.broadcast_in_dim"(%v304) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v306 = "stablehlo.divide"(%v303, %v305) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v307 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v308 = "stablehlo.broadcast_in_dim"(%v307) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v309 = "stablehlo.add"(%v306, %v308) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v310 = "stablehlo.rsqrt"(%v309) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v311 = "stablehlo.reshape"(%v310) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v312 = "stablehlo.broadcast_in_dim"(%v311) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v313 = "stablehlo.multiply"(%v297, %v312) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v314 = "stablehlo.broadcast_in_dim"(%v15) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v315 = "stablehlo.multiply"(%v313, %v314) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v316 = "stablehlo.reshape"(%v315) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v317 = "stablehlo.dot_general"(%v16, %v316) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<16x64xf32>) -> tensor<160x16xf32>
    %v318 = "stablehlo.transpose"(%v317) {permutation = array<i64: 1, 0>} : (tensor<160x16xf32>) -> tensor<16x160xf32>
    %v319 = "stablehlo.reshape"(%v318) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v320 = "stablehlo.logistic"(%v319) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v321 = "stablehlo.multiply"(%v319, %v320) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v322 = "stablehlo.reshape"(%v315) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v323 = "stablehlo.dot_general"(%v17, %v322) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<16x64xf32>) -> tensor<160x16xf32>
    %v324 = "stablehlo.transpose"(%v323) {permutation = array<i64: 1, 0>} : (tensor<160x16xf32>) -> tensor<16x160xf32>
    %v325 = "stablehlo.reshape"(%v324) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v326 = "stablehlo.multiply"(%v321, %v325) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v327 = "stablehlo.reshape"(%v326) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v328 = "stablehlo.dot_general"(%v18, %v327) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v329 = "stablehlo.transpose"(%v328) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v330 = "stablehlo.reshape"(%v329) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v331 = "stablehlo.add"(%v297, %v330) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v332 = "stablehlo.multiply"(%v331, %v331) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v333 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v337 = "stablehlo.reduce"(%v332, %v333) ({
      ^bb0(%v334: tensor<f32>, %v335: tensor<f32>):
        %v336 = "stablehlo.add"(%v334, %v335) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v336) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v338 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v339 = "stablehlo.broadcast_in_dim"(%v338) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v340 = "stablehlo.divide"(%v337, %v339) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v341 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v342 = "stablehlo.broadcast_in_dim"(%v341) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v343 = "stablehlo.add"(%v340, %v342) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v344 = "stablehlo.rsqrt"(%v343) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v345 = "stablehlo.reshape"(%v344) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v346 = "stablehlo.broadcast_in_dim"(%v345) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v347 = "stablehlo.multiply"(%v331, %v346) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v348 = "stablehlo.broadcast_in_dim"(%v19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v349 = "stablehlo.multiply"(%v347, %v348) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v350 = "stablehlo.slice"(%v349) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 15, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x1x64xf32>
    %v351 = "stablehlo.reshape"(%v350) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v352 = "stablehlo.dot_general"(%v20, %v351) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v353 = "stablehlo.transpose"(%v352) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v354 = "stablehlo.reshape"(%v353) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v355 = "stablehlo.reshape"(%v354) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v356 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v357 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v358 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v370, %v371 = "stablehlo.reduce"(%v355, %v356, %v357, %v358) ({
      ^bb0(%v359: tensor<f32>, %v360: tensor<i32>, %v361: tensor<f32>, %v362: tensor<i32>):
        %v363 = "stablehlo.compare"(%v361, %v359) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v364 = "stablehlo.compare"(%v361, %v359) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v365 = "stablehlo.compare"(%v362, %v360) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v366 = "stablehlo.and"(%v364, %v365) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v367 = "stablehlo.or"(%v363, %v366) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v368 = "stablehlo.select"(%v367, %v361, %v359) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v369 = "stablehlo.select"(%v367, %v362, %v360) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v368, %v369) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v372 = "stablehlo.reshape"(%v371) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v372, %v122, %v257, %v124, %v259) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
