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
    %v116 = "stablehlo.dot_general"(%v115, %v111) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v117 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v118 = "stablehlo.broadcast_in_dim"(%v117) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v119 = "stablehlo.multiply"(%v116, %v118) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v120 = "stablehlo.reshape"(%v119) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v121 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v122 = "stablehlo.broadcast_in_dim"(%v121) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v123 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v124 = "stablehlo.select"(%v123, %v120, %v122) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v125 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v129 = "stablehlo.reduce"(%v124, %v125) ({
      ^bb0(%v126: tensor<f32>, %v127: tensor<f32>):
        %v128 = "stablehlo.maximum"(%v126, %v127) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v128) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v130 = "stablehlo.reshape"(%v129) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v131 = "stablehlo.broadcast_in_dim"(%v130) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v132 = "stablehlo.subtract"(%v124, %v131) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v133 = "stablehlo.exponential"(%v132) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v134 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v138 = "stablehlo.reduce"(%v133, %v134) ({
      ^bb0(%v135: tensor<f32>, %v136: tensor<f32>):
        %v137 = "stablehlo.add"(%v135, %v136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v137) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v139 = "stablehlo.reshape"(%v138) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v140 = "stablehlo.broadcast_in_dim"(%v139) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v141 = "stablehlo.divide"(%v133, %v140) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v142 = "stablehlo.reshape"(%v141) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v143 = "stablehlo.dot_general"(%v142, %v113) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v144 = "stablehlo.reshape"(%v143) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v145 = "stablehlo.transpose"(%v144) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v146 = "stablehlo.reshape"(%v145) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v147 = "stablehlo.reshape"(%v146) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v148 = "stablehlo.dot_general"(%v3, %v147) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v149 = "stablehlo.transpose"(%v148) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v150 = "stablehlo.reshape"(%v149) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v151 = "stablehlo.add"(%v55, %v150) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v152 = "stablehlo.multiply"(%v151, %v151) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v153 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v157 = "stablehlo.reduce"(%v152, %v153) ({
      ^bb0(%v154: tensor<f32>, %v155: tensor<f32>):
        %v156 = "stablehlo.add"(%v154, %v155) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v156) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v158 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v159 = "stablehlo.broadcast_in_dim"(%v158) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v160 = "stablehlo.divide"(%v157, %v159) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v161 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v162 = "stablehlo.broadcast_in_dim"(%v161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v163 = "stablehlo.add"(%v160, %v162) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v164 = "stablehlo.rsqrt"(%v163) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v165 = "stablehlo.reshape"(%v164) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v166 = "stablehlo.broadcast_in_dim"(%v165) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v167 = "stablehlo.multiply"(%v151, %v166) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v168 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v169 = "stablehlo.multiply"(%v167, %v168) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v170 = "stablehlo.reshape"(%v169) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v171 = "stablehlo.dot_general"(%v5, %v170) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v172 = "stablehlo.transpose"(%v171) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v173 = "stablehlo.reshape"(%v172) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v174 = "stablehlo.slice"(%v173) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v175 = "stablehlo.slice"(%v173) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v176 = "stablehlo.logistic"(%v174) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v177 = "stablehlo.multiply"(%v174, %v176) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v178 = "stablehlo.multiply"(%v177, %v175) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v180 = "stablehlo.dot_general"(%v6, %v179) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v181 = "stablehlo.transpose"(%v180) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v182 = "stablehlo.reshape"(%v181) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v183 = "stablehlo.add"(%v151, %v182) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v184 = "stablehlo.multiply"(%v183, %v183) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v185 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v189 = "stablehlo.reduce"(%v184, %v185) ({
      ^bb0(%v186: tensor<f32>, %v187: tensor<f32>):
        %v188 = "stablehlo.add"(%v186, %v187) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v188) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v190 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v191 = "stablehlo.broadcast_in_dim"(%v190) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v192 = "stablehlo.divide"(%v189, %v191) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v193 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v194 = "stablehlo.broadcast_in_dim"(%v193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v195 = "stablehlo.add"(%v192, %v194) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v196 = "stablehlo.rsqrt"(%v195) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v197 = "stablehlo.reshape"(%v196) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v198 = "stablehlo.broadcast_in_dim"(%v197) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v199 = "stablehlo.multiply"(%v183, %v198) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v200 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v201 = "stablehlo.multiply"(%v199, %v200) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v202 = "stablehlo.reshape"(%v201) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v203 = "stablehlo.dot_general"(%v8, %v202) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v204 = "stablehlo.transpose"(%v203) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v205 = "stablehlo.reshape"(%v204) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v206 = "stablehlo.slice"(%v205) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v207 = "stablehlo.reshape"(%v206) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v208 = "stablehlo.transpose"(%v207) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v209 = "stablehlo.slice"(%v208) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v210 = "stablehlo.slice"(%v208) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v211 = "stablehlo.negate"(%v210) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v212 = "stablehlo.concatenate"(%v211, %v209) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v213 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v214 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v215 = "stablehlo.broadcast_in_dim"(%v213) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v216 = "stablehlo.multiply"(%v208, %v215) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v217 = "stablehlo.broadcast_in_dim"(%v214) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v218 = "stablehlo.multiply"(%v212, %v217) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v219 = "stablehlo.add"(%v216, %v218) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v220 = "stablehlo.slice"(%v205) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v221 = "stablehlo.reshape"(%v220) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v222 = "stablehlo.transpose"(%v221) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v223 = "stablehlo.slice"(%v222) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v224 = "stablehlo.slice"(%v222) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v225 = "stablehlo.negate"(%v224) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v226 = "stablehlo.concatenate"(%v225, %v223) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v227 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v228 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v229 = "stablehlo.broadcast_in_dim"(%v227) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v230 = "stablehlo.multiply"(%v222, %v229) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v231 = "stablehlo.broadcast_in_dim"(%v228) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v232 = "stablehlo.multiply"(%v226, %v231) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v233 = "stablehlo.add"(%v230, %v232) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v234 = "stablehlo.slice"(%v205) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v235 = "stablehlo.reshape"(%v234) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v236 = "stablehlo.transpose"(%v235) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v237 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v238 = "stablehlo.reshape"(%v233) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v239 = "stablehlo.dynamic_update_slice"(%v19, %v238, %v237, %v16, %v237) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v240 = "stablehlo.reshape"(%v236) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v241 = "stablehlo.dynamic_update_slice"(%v21, %v240, %v237, %v16, %v237) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v242 = "stablehlo.reshape"(%v219) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v243 = "stablehlo.reshape"(%v242) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v244 = "stablehlo.dot_general"(%v243, %v239) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v245 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v246 = "stablehlo.broadcast_in_dim"(%v245) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v247 = "stablehlo.multiply"(%v244, %v246) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v248 = "stablehlo.reshape"(%v247) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v249 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v250 = "stablehlo.broadcast_in_dim"(%v249) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v251 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v252 = "stablehlo.select"(%v251, %v248, %v250) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v253 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v257 = "stablehlo.reduce"(%v252, %v253) ({
      ^bb0(%v254: tensor<f32>, %v255: tensor<f32>):
        %v256 = "stablehlo.maximum"(%v254, %v255) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v256) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v258 = "stablehlo.reshape"(%v257) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v259 = "stablehlo.broadcast_in_dim"(%v258) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v260 = "stablehlo.subtract"(%v252, %v259) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v261 = "stablehlo.exponential"(%v260) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v262 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v266 = "stablehlo.reduce"(%v261, %v262) ({
      ^bb0(%v263: tensor<f32>, %v264: tensor<f32>):
        %v265 = "stablehlo.add"(%v263, %v264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v265) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v267 = "stablehlo.reshape"(%v266) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v268 = "stablehlo.broadcast_in_dim"(%v267) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v269 = "stablehlo.divide"(%v261, %v268) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v270 = "stablehlo.reshape"(%v269) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v271 = "stablehlo.dot_general"(%v270, %v241) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v272 = "stablehlo.reshape"(%v271) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v273 = "stablehlo.transpose"(%v272) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v274 = "stablehlo.reshape"(%v273) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v275 = "stablehlo.reshape"(%v274) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v276 = "stablehlo.dot_general"(%v9, %v275) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v277 = "stablehlo.transpose"(%v276) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v278 = "stablehlo.reshape"(%v277) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v279 = "stablehlo.add"(%v183, %v278) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v280 = "stablehlo.multiply"(%v279, %v279) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v281 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v285 = "stablehlo.reduce"(%v280, %v281) ({
      ^bb0(%v282: tensor<f32>, %v283: tensor<f32>):
        %v284 = "stablehlo.add"(%v282, %v283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v284) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v286 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v287 = "stablehlo.broadcast_in_dim"(%v286) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v288 = "stablehlo.divide"(%v285, %v287) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v289 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v290 = "stablehlo.broadcast_in_dim"(%v289) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v291 = "stablehlo.add"(%v288, %v290) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v292 = "stablehlo.rsqrt"(%v291) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v293 = "stablehlo.reshape"(%v292) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v294 = "stablehlo.broadcast_in_dim"(%v293) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v295 = "stablehlo.multiply"(%v279, %v294) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v296 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v297 = "stablehlo.multiply"(%v295, %v296) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v298 = "stablehlo.reshape"(%v297) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v299 = "stablehlo.dot_general"(%v11, %v298) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v300 = "stablehlo.transpose"(%v299) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v301 = "stablehlo.reshape"(%v300) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v302 = "stablehlo.slice"(%v301) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v303 = "stablehlo.slice"(%v301) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v304 = "stablehlo.logistic"(%v302) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v305 = "stablehlo.multiply"(%v302, %v304) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v306 = "stablehlo.multiply"(%v305, %v303) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v307 = "stablehlo.reshape"(%v306) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v308 = "stablehlo.dot_general"(%v12, %v307) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v309 = "stablehlo.transpose"(%v308) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v310 = "stablehlo.reshape"(%v309) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v311 = "stablehlo.add"(%v279, %v310) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v312 = "stablehlo.multiply"(%v311, %v311) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v313 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v317 = "stablehlo.reduce"(%v312, %v313) ({
      ^bb0(%v314: tensor<f32>, %v315: tensor<f32>):
        %v316 = "stablehlo.add"(%v314, %v315) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v316) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v318 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v319 = "stablehlo.broadcast_in_dim"(%v318) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v320 = "stablehlo.divide"(%v317, %v319) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v321 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v322 = "stablehlo.broadcast_in_dim"(%v321) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v323 = "stablehlo.add"(%v320, %v322) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v324 = "stablehlo.rsqrt"(%v323) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v325 = "stablehlo.reshape"(%v324) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v326 = "stablehlo.broadcast_in_dim"(%v325) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v327 = "stablehlo.multiply"(%v311, %v326) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v328 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v329 = "stablehlo.multiply"(%v327, %v328) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v330 = "stablehlo.slice"(%v329) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 15, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x1x64xf32>
    %v331 = "stablehlo.reshape"(%v330) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v332 = "stablehlo.dot_general"(%v14, %v331) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v333 = "stablehlo.transpose"(%v332) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v334 = "stablehlo.reshape"(%v333) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v335 = "stablehlo.reshape"(%v334) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v336 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v337 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v338 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v350, %v351 = "stablehlo.reduce"(%v335, %v336, %v337, %v338) ({
      ^bb0(%v339: tensor<f32>, %v340: tensor<i32>, %v341: tensor<f32>, %v342: tensor<i32>):
        %v343 = "stablehlo.compare"(%v341, %v339) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v344 = "stablehlo.compare"(%v341, %v339) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v345 = "stablehlo.compare"(%v342, %v340) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v346 = "stablehlo.and"(%v344, %v345) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v347 = "stablehlo.or"(%v343, %v346) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v348 = "stablehlo.select"(%v347, %v341, %v339) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v349 = "stablehlo.select"(%v347, %v342, %v340) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v348, %v349) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v352 = "stablehlo.reshape"(%v351) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v352, %v111, %v239, %v113, %v241) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
