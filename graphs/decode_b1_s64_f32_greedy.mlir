module @decode_b1_s64_f32_greedy attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v21: tensor<1x1xi32> {xlagen.name = "tokens"},
      %v22: tensor<i32> {xlagen.name = "start"},
      %v23: tensor<1xi32> {xlagen.name = "pad"},
      %v24: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v25: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v26: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v27: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v28 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v29 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v30 = "stablehlo.add"(%v28, %v29) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v31 = "stablehlo.reshape"(%v23) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v32 = "stablehlo.subtract"(%v30, %v31) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v33 = "stablehlo.convert"(%v32) : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %v34 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v35 = "stablehlo.reshape"(%v33) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v36 = "stablehlo.reshape"(%v34) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v37 = "stablehlo.broadcast_in_dim"(%v35) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %v38 = "stablehlo.multiply"(%v37, %v36) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %v39 = "stablehlo.concatenate"(%v38, %v38) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
    %v40 = "stablehlo.cosine"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v41 = "stablehlo.sine"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v42 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
    %v43 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v44 = "stablehlo.add"(%v42, %v43) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v45 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
    %v46 = "stablehlo.reshape"(%v23) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v47 = "stablehlo.broadcast_in_dim"(%v46) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
    %v48 = "stablehlo.compare"(%v45, %v47) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v49 = "stablehlo.compare"(%v45, %v44) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v50 = "stablehlo.or"(%v48, %v49) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v51 = "stablehlo.compare"(%v45, %v44) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v52 = "stablehlo.and"(%v51, %v50) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v53 = "stablehlo.subtract"(%v44, %v45) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v54 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v55 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v56 = "stablehlo.compare"(%v53, %v55) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v57 = "stablehlo.and"(%v52, %v56) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v58 = "stablehlo.reshape"(%v57) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
    %v59 = "stablehlo.gather"(%v0, %v21) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
    %v60 = "stablehlo.multiply"(%v59, %v59) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v61 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v65 = "stablehlo.reduce"(%v60, %v61) ({
      ^bb0(%v62: tensor<f32>, %v63: tensor<f32>):
        %v64 = "stablehlo.add"(%v62, %v63) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v64) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v66 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v67 = "stablehlo.broadcast_in_dim"(%v66) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v68 = "stablehlo.divide"(%v65, %v67) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v69 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v70 = "stablehlo.broadcast_in_dim"(%v69) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v71 = "stablehlo.add"(%v68, %v70) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v72 = "stablehlo.rsqrt"(%v71) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v73 = "stablehlo.reshape"(%v72) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v74 = "stablehlo.broadcast_in_dim"(%v73) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v75 = "stablehlo.multiply"(%v59, %v74) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v76 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v77 = "stablehlo.multiply"(%v75, %v76) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v78 = "stablehlo.reshape"(%v77) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v79 = "stablehlo.dot_general"(%v2, %v78) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v80 = "stablehlo.transpose"(%v79) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v81 = "stablehlo.reshape"(%v80) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v82 = "stablehlo.reshape"(%v81) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v83 = "stablehlo.transpose"(%v82) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v84 = "stablehlo.slice"(%v83) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v85 = "stablehlo.slice"(%v83) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v86 = "stablehlo.negate"(%v85) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v87 = "stablehlo.concatenate"(%v86, %v84) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v88 = "stablehlo.reshape"(%v40) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v89 = "stablehlo.reshape"(%v41) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v90 = "stablehlo.broadcast_in_dim"(%v88) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v91 = "stablehlo.multiply"(%v83, %v90) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v92 = "stablehlo.broadcast_in_dim"(%v89) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v93 = "stablehlo.multiply"(%v87, %v92) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v94 = "stablehlo.add"(%v91, %v93) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v95 = "stablehlo.reshape"(%v77) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v96 = "stablehlo.dot_general"(%v3, %v95) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x1xf32>
    %v97 = "stablehlo.transpose"(%v96) {permutation = array<i64: 1, 0>} : (tensor<32x1xf32>) -> tensor<1x32xf32>
    %v98 = "stablehlo.reshape"(%v97) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %v99 = "stablehlo.reshape"(%v98) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v100 = "stablehlo.transpose"(%v99) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v101 = "stablehlo.slice"(%v100) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v102 = "stablehlo.slice"(%v100) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v103 = "stablehlo.negate"(%v102) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v104 = "stablehlo.concatenate"(%v103, %v101) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v105 = "stablehlo.reshape"(%v40) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v106 = "stablehlo.reshape"(%v41) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v107 = "stablehlo.broadcast_in_dim"(%v105) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v108 = "stablehlo.multiply"(%v100, %v107) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v109 = "stablehlo.broadcast_in_dim"(%v106) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v110 = "stablehlo.multiply"(%v104, %v109) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v111 = "stablehlo.add"(%v108, %v110) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v112 = "stablehlo.reshape"(%v77) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v113 = "stablehlo.dot_general"(%v4, %v112) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x1xf32>
    %v114 = "stablehlo.transpose"(%v113) {permutation = array<i64: 1, 0>} : (tensor<32x1xf32>) -> tensor<1x32xf32>
    %v115 = "stablehlo.reshape"(%v114) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %v116 = "stablehlo.reshape"(%v115) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v117 = "stablehlo.transpose"(%v116) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v118 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v119 = "stablehlo.reshape"(%v111) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v120 = "stablehlo.dynamic_update_slice"(%v24, %v119, %v118, %v22, %v118) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v121 = "stablehlo.reshape"(%v117) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v122 = "stablehlo.dynamic_update_slice"(%v26, %v121, %v118, %v22, %v118) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v123 = "stablehlo.reshape"(%v94) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v125 = "stablehlo.dot_general"(%v124, %v120) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
    %v126 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v127 = "stablehlo.broadcast_in_dim"(%v126) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
    %v128 = "stablehlo.multiply"(%v125, %v127) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
    %v129 = "stablehlo.reshape"(%v128) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v130 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v131 = "stablehlo.broadcast_in_dim"(%v130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
    %v132 = "stablehlo.broadcast_in_dim"(%v58) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
    %v133 = "stablehlo.select"(%v132, %v129, %v131) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v134 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v138 = "stablehlo.reduce"(%v133, %v134) ({
      ^bb0(%v135: tensor<f32>, %v136: tensor<f32>):
        %v137 = "stablehlo.maximum"(%v135, %v136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v137) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v139 = "stablehlo.reshape"(%v138) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v140 = "stablehlo.broadcast_in_dim"(%v139) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v141 = "stablehlo.subtract"(%v133, %v140) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v142 = "stablehlo.exponential"(%v141) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v143 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v147 = "stablehlo.reduce"(%v142, %v143) ({
      ^bb0(%v144: tensor<f32>, %v145: tensor<f32>):
        %v146 = "stablehlo.add"(%v144, %v145) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v146) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v148 = "stablehlo.reshape"(%v147) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v149 = "stablehlo.broadcast_in_dim"(%v148) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v150 = "stablehlo.divide"(%v142, %v149) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
    %v152 = "stablehlo.dot_general"(%v151, %v122) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
    %v153 = "stablehlo.reshape"(%v152) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v154 = "stablehlo.transpose"(%v153) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v156 = "stablehlo.reshape"(%v155) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v157 = "stablehlo.dot_general"(%v5, %v156) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v158 = "stablehlo.transpose"(%v157) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v160 = "stablehlo.add"(%v59, %v159) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v161 = "stablehlo.multiply"(%v160, %v160) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v162 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v166 = "stablehlo.reduce"(%v161, %v162) ({
      ^bb0(%v163: tensor<f32>, %v164: tensor<f32>):
        %v165 = "stablehlo.add"(%v163, %v164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v165) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v167 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v168 = "stablehlo.broadcast_in_dim"(%v167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v169 = "stablehlo.divide"(%v166, %v168) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v170 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v171 = "stablehlo.broadcast_in_dim"(%v170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v172 = "stablehlo.add"(%v169, %v171) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v173 = "stablehlo.rsqrt"(%v172) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v174 = "stablehlo.reshape"(%v173) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v175 = "stablehlo.broadcast_in_dim"(%v174) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v176 = "stablehlo.multiply"(%v160, %v175) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v177 = "stablehlo.broadcast_in_dim"(%v6) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v178 = "stablehlo.multiply"(%v176, %v177) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v180 = "stablehlo.dot_general"(%v7, %v179) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<1x64xf32>) -> tensor<160x1xf32>
    %v181 = "stablehlo.transpose"(%v180) {permutation = array<i64: 1, 0>} : (tensor<160x1xf32>) -> tensor<1x160xf32>
    %v182 = "stablehlo.reshape"(%v181) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v183 = "stablehlo.logistic"(%v182) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v184 = "stablehlo.multiply"(%v182, %v183) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v185 = "stablehlo.reshape"(%v178) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v186 = "stablehlo.dot_general"(%v8, %v185) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<1x64xf32>) -> tensor<160x1xf32>
    %v187 = "stablehlo.transpose"(%v186) {permutation = array<i64: 1, 0>} : (tensor<160x1xf32>) -> tensor<1x160xf32>
    %v188 = "stablehlo.reshape"(%v187) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v189 = "stablehlo.multiply"(%v184, %v188) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v190 = "stablehlo.reshape"(%v189) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v191 = "stablehlo.dot_general"(%v9, %v190) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v192 = "stablehlo.transpose"(%v191) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v193 = "stablehlo.reshape"(%v192) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v194 = "stablehlo.add"(%v160, %v193) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v195 = "stablehlo.multiply"(%v194, %v194) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v196 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v200 = "stablehlo.reduce"(%v195, %v196) ({
      ^bb0(%v197: tensor<f32>, %v198: tensor<f32>):
        %v199 = "stablehlo.add"(%v197, %v198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v199) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v201 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v202 = "stablehlo.broadcast_in_dim"(%v201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v203 = "stablehlo.divide"(%v200, %v202) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v204 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v205 = "stablehlo.broadcast_in_dim"(%v204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v206 = "stablehlo.add"(%v203, %v205) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v207 = "stablehlo.rsqrt"(%v206) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v208 = "stablehlo.reshape"(%v207) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v209 = "stablehlo.broadcast_in_dim"(%v208) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v210 = "stablehlo.multiply"(%v194, %v209) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v211 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v212 = "stablehlo.multiply"(%v210, %v211) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v213 = "stablehlo.reshape"(%v212) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v214 = "stablehlo.dot_general"(%v11, %v213) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v215 = "stablehlo.transpose"(%v214) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v216 = "stablehlo.reshape"(%v215) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v217 = "stablehlo.reshape"(%v216) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v218 = "stablehlo.transpose"(%v217) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v219 = "stablehlo.slice"(%v218) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v220 = "stablehlo.slice"(%v218) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v221 = "stablehlo.negate"(%v220) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v222 = "stablehlo.concatenate"(%v221, %v219) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v223 = "stablehlo.reshape"(%v40) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v224 = "stablehlo.reshape"(%v41) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v225 = "stablehlo.broadcast_in_dim"(%v223) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v226 = "stablehlo.multiply"(%v218, %v225) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v227 = "stablehlo.broadcast_in_dim"(%v224) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v228 = "stablehlo.multiply"(%v222, %v227) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v229 = "stablehlo.add"(%v226, %v228) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v230 = "stablehlo.reshape"(%v212) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v231 = "stablehlo.dot_general"(%v12, %v230) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x1xf32>
    %v232 = "stablehlo.transpose"(%v231) {permutation = array<i64: 1, 0>} : (tensor<32x1xf32>) -> tensor<1x32xf32>
    %v233 = "stablehlo.reshape"(%v232) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %v234 = "stablehlo.reshape"(%v233) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v235 = "stablehlo.transpose"(%v234) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v236 = "stablehlo.slice"(%v235) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v237 = "stablehlo.slice"(%v235) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v238 = "stablehlo.negate"(%v237) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v239 = "stablehlo.concatenate"(%v238, %v236) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v240 = "stablehlo.reshape"(%v40) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v241 = "stablehlo.reshape"(%v41) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v242 = "stablehlo.broadcast_in_dim"(%v240) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v243 = "stablehlo.multiply"(%v235, %v242) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v244 = "stablehlo.broadcast_in_dim"(%v241) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v245 = "stablehlo.multiply"(%v239, %v244) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v246 = "stablehlo.add"(%v243, %v245) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v247 = "stablehlo.reshape"(%v212) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v248 = "stablehlo.dot_general"(%v13, %v247) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x1xf32>
    %v249 = "stablehlo.transpose"(%v248) {permutation = array<i64: 1, 0>} : (tensor<32x1xf32>) -> tensor<1x32xf32>
    %v250 = "stablehlo.reshape"(%v249) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %v251 = "stablehlo.reshape"(%v250) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v252 = "stablehlo.transpose"(%v251) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v253 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v254 = "stablehlo.reshape"(%v246) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v255 = "stablehlo.dynamic_update_slice"(%v25, %v254, %v253, %v22, %v253) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v256 = "stablehlo.reshape"(%v252) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v257 = "stablehlo.dynamic_update_slice"(%v27, %v256, %v253, %v22, %v253) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v258 = "stablehlo.reshape"(%v229) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v259 = "stablehlo.reshape"(%v258) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v260 = "stablehlo.dot_general"(%v259, %v255) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
    %v261 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v262 = "stablehlo.broadcast_in_dim"(%v261) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
    %v263 = "stablehlo.multiply"(%v260, %v262) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
    %v264 = "stablehlo.reshape"(%v263) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v265 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v266 = "stablehlo.broadcast_in_dim"(%v265) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
    %v267 = "stablehlo.broadcast_in_dim"(%v58) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
    %v268 = "stablehlo.select"(%v267, %v264, %v266) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v269 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v273 = "stablehlo.reduce"(%v268, %v269) ({
      ^bb0(%v270: tensor<f32>, %v271: tensor<f32>):
        %v272 = "stablehlo.maximum"(%v270, %v271) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v272) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v274 = "stablehlo.reshape"(%v273) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v275 = "stablehlo.broadcast_in_dim"(%v274) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v276 = "stablehlo.subtract"(%v268, %v275) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v277 = "stablehlo.exponential"(%v276) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v278 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v282 = "stablehlo.reduce"(%v277, %v278) ({
      ^bb0(%v279: tensor<f32>, %v280: tensor<f32>):
        %v281 = "stablehlo.add"(%v279, %v280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v281) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v283 = "stablehlo.reshape"(%v282) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v284 = "stablehlo.broadcast_in_dim"(%v283) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v285 = "stablehlo.divide"(%v277, %v284) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v286 = "stablehlo.reshape"(%v285) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
    %v287 = "stablehlo.dot_general"(%v286, %v257) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
    %v288 = "stablehlo.reshape"(%v287) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v289 = "stablehlo.transpose"(%v288) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v290 = "stablehlo.reshape"(%v289) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v291 = "stablehlo.reshape"(%v290) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v292 = "stablehlo.dot_general"(%v14, %v291) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v293 = "stablehlo.transpose"(%v292) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v294 = "stablehlo.reshape"(%v293) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v295 = "stablehlo.add"(%v194, %v294) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v296 = "stablehlo.multiply"(%v295, %v295) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v297 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v301 = "stablehlo.reduce"(%v296, %v297) ({
      ^bb0(%v298: tensor<f32>, %v299: tensor<f32>):
        %v300 = "stablehlo.add"(%v298, %v299) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v300) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v302 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v303 = "stablehlo.broadcast_in_dim"(%v302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v304 = "stablehlo.divide"(%v301, %v303) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v305 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v306 = "stablehlo.broadcast_in_dim"(%v305) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v307 = "stablehlo.add"(%v304, %v306) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v308 = "stablehlo.rsqrt"(%v307) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v309 = "stablehlo.reshape"(%v308) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v310 = "stablehlo.broadcast_in_dim"(%v309) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v311 = "stablehlo.multiply"(%v295, %v310) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v312 = "stablehlo.broadcast_in_dim"(%v15) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v313 = "stablehlo.multiply"(%v311, %v312) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v314 = "stablehlo.reshape"(%v313) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v315 = "stablehlo.dot_general"(%v16, %v314) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<1x64xf32>) -> tensor<160x1xf32>
    %v316 = "stablehlo.transpose"(%v315) {permutation = array<i64: 1, 0>} : (tensor<160x1xf32>) -> tensor<1x160xf32>
    %v317 = "stablehlo.reshape"(%v316) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v318 = "stablehlo.logistic"(%v317) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v319 = "stablehlo.multiply"(%v317, %v318) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v320 = "stablehlo.reshape"(%v313) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v321 = "stablehlo.dot_general"(%v17, %v320) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<1x64xf32>) -> tensor<160x1xf32>
    %v322 = "stablehlo.transpose"(%v321) {permutation = array<i64: 1, 0>} : (tensor<160x1xf32>) -> tensor<1x160xf32>
    %v323 = "stablehlo.reshape"(%v322) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v324 = "stablehlo.multiply"(%v319, %v323) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v325 = "stablehlo.reshape"(%v324) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v326 = "stablehlo.dot_general"(%v18, %v325) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v327 = "stablehlo.transpose"(%v326) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v328 = "stablehlo.reshape"(%v327) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v329 = "stablehlo.add"(%v295, %v328) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v330 = "stablehlo.multiply"(%v329, %v329) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v331 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v335 = "stablehlo.reduce"(%v330, %v331) ({
      ^bb0(%v332: tensor<f32>, %v333: tensor<f32>):
        %v334 = "stablehlo.add"(%v332, %v333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v334) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v336 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v337 = "stablehlo.broadcast_in_dim"(%v336) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v338 = "stablehlo.divide"(%v335, %v337) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v339 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v340 = "stablehlo.broadcast_in_dim"(%v339) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v341 = "stablehlo.add"(%v338, %v340) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v342 = "stablehlo.rsqrt"(%v341) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v343 = "stablehlo.reshape"(%v342) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v344 = "stablehlo.broadcast_in_dim"(%v343) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v345 = "stablehlo.multiply"(%v329, %v344) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v346 = "stablehlo.broadcast_in_dim"(%v19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v347 = "stablehlo.multiply"(%v345, %v346) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v348 = "stablehlo.slice"(%v347) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v349 = "stablehlo.reshape"(%v348) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v350 = "stablehlo.dot_general"(%v20, %v349) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v351 = "stablehlo.transpose"(%v350) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v352 = "stablehlo.reshape"(%v351) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v353 = "stablehlo.reshape"(%v352) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v354 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v355 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v356 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v368, %v369 = "stablehlo.reduce"(%v353, %v354, %v355, %v356) ({
      ^bb0(%v357: tensor<f32>, %v358: tensor<i32>, %v359: tensor<f32>, %v360: tensor<i32>):
        %v361 = "stablehlo.compare"(%v359, %v357) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v362 = "stablehlo.compare"(%v359, %v357) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v363 = "stablehlo.compare"(%v360, %v358) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v364 = "stablehlo.and"(%v362, %v363) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v365 = "stablehlo.or"(%v361, %v364) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v366 = "stablehlo.select"(%v365, %v359, %v357) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v367 = "stablehlo.select"(%v365, %v360, %v358) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v366, %v367) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v370 = "stablehlo.reshape"(%v369) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v370, %v120, %v255, %v122, %v257) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
