module @decode_b1_s64_f32_sample attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v27: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v28: tensor<f32> {xlagen.name = "temperature"},
      %v29: tensor<i32> {xlagen.name = "top_k"},
      %v30: tensor<f32> {xlagen.name = "top_p"},
      %v31: tensor<2xui64> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) {
    %v32 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v33 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v34 = "stablehlo.add"(%v32, %v33) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v35 = "stablehlo.reshape"(%v23) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v36 = "stablehlo.subtract"(%v34, %v35) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v37 = "stablehlo.convert"(%v36) : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %v38 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v39 = "stablehlo.reshape"(%v37) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v40 = "stablehlo.reshape"(%v38) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v41 = "stablehlo.broadcast_in_dim"(%v39) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %v42 = "stablehlo.multiply"(%v41, %v40) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %v43 = "stablehlo.concatenate"(%v42, %v42) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
    %v44 = "stablehlo.cosine"(%v43) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v45 = "stablehlo.sine"(%v43) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v46 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
    %v47 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v48 = "stablehlo.add"(%v46, %v47) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v49 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
    %v50 = "stablehlo.reshape"(%v23) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v51 = "stablehlo.broadcast_in_dim"(%v50) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
    %v52 = "stablehlo.compare"(%v49, %v51) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v53 = "stablehlo.compare"(%v49, %v48) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v54 = "stablehlo.or"(%v52, %v53) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v55 = "stablehlo.compare"(%v49, %v48) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v56 = "stablehlo.and"(%v55, %v54) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v57 = "stablehlo.subtract"(%v48, %v49) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v58 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v59 = "stablehlo.broadcast_in_dim"(%v58) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v60 = "stablehlo.compare"(%v57, %v59) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v61 = "stablehlo.and"(%v56, %v60) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v62 = "stablehlo.reshape"(%v61) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
    %v63 = "stablehlo.gather"(%v0, %v21) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
    %v64 = "stablehlo.multiply"(%v63, %v63) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v65 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v69 = "stablehlo.reduce"(%v64, %v65) ({
      ^bb0(%v66: tensor<f32>, %v67: tensor<f32>):
        %v68 = "stablehlo.add"(%v66, %v67) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v68) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v70 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v71 = "stablehlo.broadcast_in_dim"(%v70) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v72 = "stablehlo.divide"(%v69, %v71) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v73 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v74 = "stablehlo.broadcast_in_dim"(%v73) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v75 = "stablehlo.add"(%v72, %v74) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v76 = "stablehlo.rsqrt"(%v75) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v77 = "stablehlo.reshape"(%v76) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v78 = "stablehlo.broadcast_in_dim"(%v77) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v79 = "stablehlo.multiply"(%v63, %v78) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v80 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v81 = "stablehlo.multiply"(%v79, %v80) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v82 = "stablehlo.reshape"(%v81) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v83 = "stablehlo.dot_general"(%v2, %v82) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v84 = "stablehlo.transpose"(%v83) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v85 = "stablehlo.reshape"(%v84) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v86 = "stablehlo.reshape"(%v85) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v87 = "stablehlo.transpose"(%v86) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v88 = "stablehlo.slice"(%v87) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v89 = "stablehlo.slice"(%v87) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v90 = "stablehlo.negate"(%v89) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v91 = "stablehlo.concatenate"(%v90, %v88) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v92 = "stablehlo.reshape"(%v44) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v93 = "stablehlo.reshape"(%v45) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v94 = "stablehlo.broadcast_in_dim"(%v92) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v95 = "stablehlo.multiply"(%v87, %v94) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v96 = "stablehlo.broadcast_in_dim"(%v93) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v97 = "stablehlo.multiply"(%v91, %v96) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v98 = "stablehlo.add"(%v95, %v97) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v99 = "stablehlo.reshape"(%v81) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v100 = "stablehlo.dot_general"(%v3, %v99) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x1xf32>
    %v101 = "stablehlo.transpose"(%v100) {permutation = array<i64: 1, 0>} : (tensor<32x1xf32>) -> tensor<1x32xf32>
    %v102 = "stablehlo.reshape"(%v101) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %v103 = "stablehlo.reshape"(%v102) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v104 = "stablehlo.transpose"(%v103) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v105 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v106 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v107 = "stablehlo.negate"(%v106) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v108 = "stablehlo.concatenate"(%v107, %v105) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v109 = "stablehlo.reshape"(%v44) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v110 = "stablehlo.reshape"(%v45) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v111 = "stablehlo.broadcast_in_dim"(%v109) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v112 = "stablehlo.multiply"(%v104, %v111) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v113 = "stablehlo.broadcast_in_dim"(%v110) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v114 = "stablehlo.multiply"(%v108, %v113) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v115 = "stablehlo.add"(%v112, %v114) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v116 = "stablehlo.reshape"(%v81) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v117 = "stablehlo.dot_general"(%v4, %v116) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x1xf32>
    %v118 = "stablehlo.transpose"(%v117) {permutation = array<i64: 1, 0>} : (tensor<32x1xf32>) -> tensor<1x32xf32>
    %v119 = "stablehlo.reshape"(%v118) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %v120 = "stablehlo.reshape"(%v119) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v122 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v123 = "stablehlo.reshape"(%v115) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v124 = "stablehlo.dynamic_update_slice"(%v24, %v123, %v122, %v22, %v122) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v125 = "stablehlo.reshape"(%v121) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v126 = "stablehlo.dynamic_update_slice"(%v26, %v125, %v122, %v22, %v122) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v127 = "stablehlo.reshape"(%v98) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v128 = "stablehlo.reshape"(%v127) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v129 = "stablehlo.dot_general"(%v128, %v124) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
    %v130 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v131 = "stablehlo.broadcast_in_dim"(%v130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
    %v132 = "stablehlo.multiply"(%v129, %v131) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
    %v133 = "stablehlo.reshape"(%v132) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v134 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v135 = "stablehlo.broadcast_in_dim"(%v134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
    %v136 = "stablehlo.broadcast_in_dim"(%v62) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
    %v137 = "stablehlo.select"(%v136, %v133, %v135) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v138 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v142 = "stablehlo.reduce"(%v137, %v138) ({
      ^bb0(%v139: tensor<f32>, %v140: tensor<f32>):
        %v141 = "stablehlo.maximum"(%v139, %v140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v141) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v143 = "stablehlo.reshape"(%v142) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v144 = "stablehlo.broadcast_in_dim"(%v143) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v145 = "stablehlo.subtract"(%v137, %v144) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v146 = "stablehlo.exponential"(%v145) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v147 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v151 = "stablehlo.reduce"(%v146, %v147) ({
      ^bb0(%v148: tensor<f32>, %v149: tensor<f32>):
        %v150 = "stablehlo.add"(%v148, %v149) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v150) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v152 = "stablehlo.reshape"(%v151) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v153 = "stablehlo.broadcast_in_dim"(%v152) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v154 = "stablehlo.divide"(%v146, %v153) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
    %v156 = "stablehlo.dot_general"(%v155, %v126) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
    %v157 = "stablehlo.reshape"(%v156) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v158 = "stablehlo.transpose"(%v157) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v160 = "stablehlo.reshape"(%v159) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v161 = "stablehlo.dot_general"(%v5, %v160) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v162 = "stablehlo.transpose"(%v161) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v163 = "stablehlo.reshape"(%v162) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v164 = "stablehlo.add"(%v63, %v163) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v165 = "stablehlo.multiply"(%v164, %v164) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v166 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v170 = "stablehlo.reduce"(%v165, %v166) ({
      ^bb0(%v167: tensor<f32>, %v168: tensor<f32>):
        %v169 = "stablehlo.add"(%v167, %v168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v169) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v171 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v172 = "stablehlo.broadcast_in_dim"(%v171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v173 = "stablehlo.divide"(%v170, %v172) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v174 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v175 = "stablehlo.broadcast_in_dim"(%v174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v176 = "stablehlo.add"(%v173, %v175) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v177 = "stablehlo.rsqrt"(%v176) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v178 = "stablehlo.reshape"(%v177) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v179 = "stablehlo.broadcast_in_dim"(%v178) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v180 = "stablehlo.multiply"(%v164, %v179) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v181 = "stablehlo.broadcast_in_dim"(%v6) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v182 = "stablehlo.multiply"(%v180, %v181) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v183 = "stablehlo.reshape"(%v182) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v184 = "stablehlo.dot_general"(%v7, %v183) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<1x64xf32>) -> tensor<160x1xf32>
    %v185 = "stablehlo.transpose"(%v184) {permutation = array<i64: 1, 0>} : (tensor<160x1xf32>) -> tensor<1x160xf32>
    %v186 = "stablehlo.reshape"(%v185) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v187 = "stablehlo.logistic"(%v186) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v188 = "stablehlo.multiply"(%v186, %v187) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v189 = "stablehlo.reshape"(%v182) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v190 = "stablehlo.dot_general"(%v8, %v189) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<1x64xf32>) -> tensor<160x1xf32>
    %v191 = "stablehlo.transpose"(%v190) {permutation = array<i64: 1, 0>} : (tensor<160x1xf32>) -> tensor<1x160xf32>
    %v192 = "stablehlo.reshape"(%v191) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v193 = "stablehlo.multiply"(%v188, %v192) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v194 = "stablehlo.reshape"(%v193) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v195 = "stablehlo.dot_general"(%v9, %v194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v196 = "stablehlo.transpose"(%v195) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v197 = "stablehlo.reshape"(%v196) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v198 = "stablehlo.add"(%v164, %v197) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v199 = "stablehlo.multiply"(%v198, %v198) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v200 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v204 = "stablehlo.reduce"(%v199, %v200) ({
      ^bb0(%v201: tensor<f32>, %v202: tensor<f32>):
        %v203 = "stablehlo.add"(%v201, %v202) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v203) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v205 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v206 = "stablehlo.broadcast_in_dim"(%v205) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v207 = "stablehlo.divide"(%v204, %v206) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v208 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v209 = "stablehlo.broadcast_in_dim"(%v208) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v210 = "stablehlo.add"(%v207, %v209) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v211 = "stablehlo.rsqrt"(%v210) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v212 = "stablehlo.reshape"(%v211) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v213 = "stablehlo.broadcast_in_dim"(%v212) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v214 = "stablehlo.multiply"(%v198, %v213) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v215 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v216 = "stablehlo.multiply"(%v214, %v215) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v217 = "stablehlo.reshape"(%v216) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v218 = "stablehlo.dot_general"(%v11, %v217) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v219 = "stablehlo.transpose"(%v218) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v220 = "stablehlo.reshape"(%v219) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v221 = "stablehlo.reshape"(%v220) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v222 = "stablehlo.transpose"(%v221) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v223 = "stablehlo.slice"(%v222) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v224 = "stablehlo.slice"(%v222) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v225 = "stablehlo.negate"(%v224) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v226 = "stablehlo.concatenate"(%v225, %v223) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v227 = "stablehlo.reshape"(%v44) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v228 = "stablehlo.reshape"(%v45) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v229 = "stablehlo.broadcast_in_dim"(%v227) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v230 = "stablehlo.multiply"(%v222, %v229) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v231 = "stablehlo.broadcast_in_dim"(%v228) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v232 = "stablehlo.multiply"(%v226, %v231) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v233 = "stablehlo.add"(%v230, %v232) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v234 = "stablehlo.reshape"(%v216) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v235 = "stablehlo.dot_general"(%v12, %v234) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x1xf32>
    %v236 = "stablehlo.transpose"(%v235) {permutation = array<i64: 1, 0>} : (tensor<32x1xf32>) -> tensor<1x32xf32>
    %v237 = "stablehlo.reshape"(%v236) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %v238 = "stablehlo.reshape"(%v237) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v239 = "stablehlo.transpose"(%v238) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v240 = "stablehlo.slice"(%v239) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v241 = "stablehlo.slice"(%v239) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v242 = "stablehlo.negate"(%v241) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v243 = "stablehlo.concatenate"(%v242, %v240) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v244 = "stablehlo.reshape"(%v44) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v245 = "stablehlo.reshape"(%v45) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v246 = "stablehlo.broadcast_in_dim"(%v244) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v247 = "stablehlo.multiply"(%v239, %v246) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v248 = "stablehlo.broadcast_in_dim"(%v245) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v249 = "stablehlo.multiply"(%v243, %v248) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v250 = "stablehlo.add"(%v247, %v249) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v251 = "stablehlo.reshape"(%v216) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v252 = "stablehlo.dot_general"(%v13, %v251) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x1xf32>
    %v253 = "stablehlo.transpose"(%v252) {permutation = array<i64: 1, 0>} : (tensor<32x1xf32>) -> tensor<1x32xf32>
    %v254 = "stablehlo.reshape"(%v253) : (tensor<1x32xf32>) -> tensor<1x1x32xf32>
    %v255 = "stablehlo.reshape"(%v254) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v256 = "stablehlo.transpose"(%v255) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v257 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v258 = "stablehlo.reshape"(%v250) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v259 = "stablehlo.dynamic_update_slice"(%v25, %v258, %v257, %v22, %v257) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v260 = "stablehlo.reshape"(%v256) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v261 = "stablehlo.dynamic_update_slice"(%v27, %v260, %v257, %v22, %v257) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v262 = "stablehlo.reshape"(%v233) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v263 = "stablehlo.reshape"(%v262) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v264 = "stablehlo.dot_general"(%v263, %v259) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
    %v265 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v266 = "stablehlo.broadcast_in_dim"(%v265) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
    %v267 = "stablehlo.multiply"(%v264, %v266) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
    %v268 = "stablehlo.reshape"(%v267) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v269 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v270 = "stablehlo.broadcast_in_dim"(%v269) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
    %v271 = "stablehlo.broadcast_in_dim"(%v62) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
    %v272 = "stablehlo.select"(%v271, %v268, %v270) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v273 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v277 = "stablehlo.reduce"(%v272, %v273) ({
      ^bb0(%v274: tensor<f32>, %v275: tensor<f32>):
        %v276 = "stablehlo.maximum"(%v274, %v275) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v276) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v278 = "stablehlo.reshape"(%v277) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v279 = "stablehlo.broadcast_in_dim"(%v278) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v280 = "stablehlo.subtract"(%v272, %v279) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v281 = "stablehlo.exponential"(%v280) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v282 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v286 = "stablehlo.reduce"(%v281, %v282) ({
      ^bb0(%v283: tensor<f32>, %v284: tensor<f32>):
        %v285 = "stablehlo.add"(%v283, %v284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v285) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v287 = "stablehlo.reshape"(%v286) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v288 = "stablehlo.broadcast_in_dim"(%v287) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v289 = "stablehlo.divide"(%v281, %v288) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v290 = "stablehlo.reshape"(%v289) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
    %v291 = "stablehlo.dot_general"(%v290, %v261) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
    %v292 = "stablehlo.reshape"(%v291) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v293 = "stablehlo.transpose"(%v292) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v294 = "stablehlo.reshape"(%v293) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v295 = "stablehlo.reshape"(%v294) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v296 = "stablehlo.dot_general"(%v14, %v295) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v297 = "stablehlo.transpose"(%v296) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v298 = "stablehlo.reshape"(%v297) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v299 = "stablehlo.add"(%v198, %v298) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v300 = "stablehlo.multiply"(%v299, %v299) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v301 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v305 = "stablehlo.reduce"(%v300, %v301) ({
      ^bb0(%v302: tensor<f32>, %v303: tensor<f32>):
        %v304 = "stablehlo.add"(%v302, %v303) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v304) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v306 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v307 = "stablehlo.broadcast_in_dim"(%v306) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v308 = "stablehlo.divide"(%v305, %v307) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v309 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v310 = "stablehlo.broadcast_in_dim"(%v309) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v311 = "stablehlo.add"(%v308, %v310) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v312 = "stablehlo.rsqrt"(%v311) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v313 = "stablehlo.reshape"(%v312) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v314 = "stablehlo.broadcast_in_dim"(%v313) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v315 = "stablehlo.multiply"(%v299, %v314) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v316 = "stablehlo.broadcast_in_dim"(%v15) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v317 = "stablehlo.multiply"(%v315, %v316) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v318 = "stablehlo.reshape"(%v317) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v319 = "stablehlo.dot_general"(%v16, %v318) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<1x64xf32>) -> tensor<160x1xf32>
    %v320 = "stablehlo.transpose"(%v319) {permutation = array<i64: 1, 0>} : (tensor<160x1xf32>) -> tensor<1x160xf32>
    %v321 = "stablehlo.reshape"(%v320) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v322 = "stablehlo.logistic"(%v321) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v323 = "stablehlo.multiply"(%v321, %v322) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v324 = "stablehlo.reshape"(%v317) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v325 = "stablehlo.dot_general"(%v17, %v324) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<160x64xf32>, tensor<1x64xf32>) -> tensor<160x1xf32>
    %v326 = "stablehlo.transpose"(%v325) {permutation = array<i64: 1, 0>} : (tensor<160x1xf32>) -> tensor<1x160xf32>
    %v327 = "stablehlo.reshape"(%v326) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v328 = "stablehlo.multiply"(%v323, %v327) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v329 = "stablehlo.reshape"(%v328) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v330 = "stablehlo.dot_general"(%v18, %v329) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v331 = "stablehlo.transpose"(%v330) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v332 = "stablehlo.reshape"(%v331) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v333 = "stablehlo.add"(%v299, %v332) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v334 = "stablehlo.multiply"(%v333, %v333) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v335 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v339 = "stablehlo.reduce"(%v334, %v335) ({
      ^bb0(%v336: tensor<f32>, %v337: tensor<f32>):
        %v338 = "stablehlo.add"(%v336, %v337) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v338) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v340 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v341 = "stablehlo.broadcast_in_dim"(%v340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v342 = "stablehlo.divide"(%v339, %v341) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v343 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v344 = "stablehlo.broadcast_in_dim"(%v343) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v345 = "stablehlo.add"(%v342, %v344) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v346 = "stablehlo.rsqrt"(%v345) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v347 = "stablehlo.reshape"(%v346) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v348 = "stablehlo.broadcast_in_dim"(%v347) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v349 = "stablehlo.multiply"(%v333, %v348) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v350 = "stablehlo.broadcast_in_dim"(%v19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v351 = "stablehlo.multiply"(%v349, %v350) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v352 = "stablehlo.slice"(%v351) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v353 = "stablehlo.reshape"(%v352) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v354 = "stablehlo.dot_general"(%v20, %v353) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v355 = "stablehlo.transpose"(%v354) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v356 = "stablehlo.reshape"(%v355) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v357 = "stablehlo.reshape"(%v356) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v358 = "stablehlo.broadcast_in_dim"(%v28) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v359 = "stablehlo.divide"(%v357, %v358) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v360 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v366, %v367 = "stablehlo.sort"(%v359, %v360) ({
      ^bb0(%v361: tensor<f32>, %v362: tensor<f32>, %v363: tensor<i32>, %v364: tensor<i32>):
        %v365 = "stablehlo.compare"(%v361, %v362) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v365) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v368 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v369 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v370 = "stablehlo.compare"(%v29, %v369) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %v371 = "stablehlo.broadcast_in_dim"(%v29) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v372 = "stablehlo.compare"(%v368, %v371) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v373 = "stablehlo.broadcast_in_dim"(%v370) {broadcast_dimensions = array<i64>} : (tensor<i1>) -> tensor<1x96xi1>
    %v374 = "stablehlo.or"(%v372, %v373) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v375 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v379 = "stablehlo.reduce"(%v366, %v375) ({
      ^bb0(%v376: tensor<f32>, %v377: tensor<f32>):
        %v378 = "stablehlo.maximum"(%v376, %v377) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v378) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v380 = "stablehlo.reshape"(%v379) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v381 = "stablehlo.broadcast_in_dim"(%v380) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v382 = "stablehlo.subtract"(%v366, %v381) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v383 = "stablehlo.exponential"(%v382) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v384 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v388 = "stablehlo.reduce"(%v383, %v384) ({
      ^bb0(%v385: tensor<f32>, %v386: tensor<f32>):
        %v387 = "stablehlo.add"(%v385, %v386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v387) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v389 = "stablehlo.reshape"(%v388) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v390 = "stablehlo.broadcast_in_dim"(%v389) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v391 = "stablehlo.divide"(%v383, %v390) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v392 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v393 = "stablehlo.slice"(%v391) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v394 = "stablehlo.concatenate"(%v392, %v393) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v395 = "stablehlo.add"(%v391, %v394) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v396 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v397 = "stablehlo.slice"(%v395) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v398 = "stablehlo.concatenate"(%v396, %v397) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v399 = "stablehlo.add"(%v395, %v398) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v400 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v401 = "stablehlo.slice"(%v399) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v402 = "stablehlo.concatenate"(%v400, %v401) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v403 = "stablehlo.add"(%v399, %v402) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v404 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v405 = "stablehlo.slice"(%v403) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v406 = "stablehlo.concatenate"(%v404, %v405) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v407 = "stablehlo.add"(%v403, %v406) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v408 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v409 = "stablehlo.slice"(%v407) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v410 = "stablehlo.concatenate"(%v408, %v409) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v411 = "stablehlo.add"(%v407, %v410) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v412 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v413 = "stablehlo.slice"(%v411) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v414 = "stablehlo.concatenate"(%v412, %v413) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v415 = "stablehlo.add"(%v411, %v414) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v416 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v417 = "stablehlo.slice"(%v415) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v418 = "stablehlo.concatenate"(%v416, %v417) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v419 = "stablehlo.add"(%v415, %v418) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v420 = "stablehlo.subtract"(%v419, %v391) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v421 = "stablehlo.broadcast_in_dim"(%v30) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v422 = "stablehlo.compare"(%v420, %v421) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v423 = "stablehlo.and"(%v374, %v422) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v424, %v425 = "stablehlo.rng_bit_generator"(%v31) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<1x96xui32>)
    %v426 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v427 = "stablehlo.broadcast_in_dim"(%v426) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v428 = "stablehlo.shift_right_logical"(%v425, %v427) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v429 = "stablehlo.convert"(%v428) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v430 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v431 = "stablehlo.broadcast_in_dim"(%v430) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v432 = "stablehlo.add"(%v429, %v431) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v433 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v434 = "stablehlo.broadcast_in_dim"(%v433) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v435 = "stablehlo.multiply"(%v432, %v434) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v436 = "stablehlo.log"(%v435) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v437 = "stablehlo.negate"(%v436) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v438 = "stablehlo.log"(%v437) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v439 = "stablehlo.negate"(%v438) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v440 = "stablehlo.add"(%v366, %v439) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v441 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v442 = "stablehlo.broadcast_in_dim"(%v441) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v443 = "stablehlo.select"(%v423, %v440, %v442) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v444 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v445 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v446 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v458, %v459 = "stablehlo.reduce"(%v443, %v444, %v445, %v446) ({
      ^bb0(%v447: tensor<f32>, %v448: tensor<i32>, %v449: tensor<f32>, %v450: tensor<i32>):
        %v451 = "stablehlo.compare"(%v449, %v447) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v452 = "stablehlo.compare"(%v449, %v447) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v453 = "stablehlo.compare"(%v450, %v448) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v454 = "stablehlo.and"(%v452, %v453) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v455 = "stablehlo.or"(%v451, %v454) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v456 = "stablehlo.select"(%v455, %v449, %v447) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v457 = "stablehlo.select"(%v455, %v450, %v448) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v456, %v457) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v460 = "stablehlo.reshape"(%v459) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v461 = "stablehlo.broadcast_in_dim"(%v460) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v462 = "stablehlo.compare"(%v368, %v461) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v463 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v464 = "stablehlo.broadcast_in_dim"(%v463) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v465 = "stablehlo.select"(%v462, %v367, %v464) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v466 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v470 = "stablehlo.reduce"(%v465, %v466) ({
      ^bb0(%v467: tensor<i32>, %v468: tensor<i32>):
        %v469 = "stablehlo.add"(%v467, %v468) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v469) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v471 = "stablehlo.reshape"(%v470) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v471, %v124, %v259, %v126, %v261, %v424) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) -> ()
  }
}
