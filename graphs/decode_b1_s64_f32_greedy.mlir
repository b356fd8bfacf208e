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
    %v114 = "stablehlo.dot_general"(%v113, %v109) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
    %v115 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v116 = "stablehlo.broadcast_in_dim"(%v115) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
    %v117 = "stablehlo.multiply"(%v114, %v116) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
    %v118 = "stablehlo.reshape"(%v117) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v119 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v120 = "stablehlo.broadcast_in_dim"(%v119) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
    %v121 = "stablehlo.broadcast_in_dim"(%v52) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
    %v122 = "stablehlo.select"(%v121, %v118, %v120) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v123 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v127 = "stablehlo.reduce"(%v122, %v123) ({
      ^bb0(%v124: tensor<f32>, %v125: tensor<f32>):
        %v126 = "stablehlo.maximum"(%v124, %v125) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v126) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v128 = "stablehlo.reshape"(%v127) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v129 = "stablehlo.broadcast_in_dim"(%v128) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v130 = "stablehlo.subtract"(%v122, %v129) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v131 = "stablehlo.exponential"(%v130) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v132 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v136 = "stablehlo.reduce"(%v131, %v132) ({
      ^bb0(%v133: tensor<f32>, %v134: tensor<f32>):
        %v135 = "stablehlo.add"(%v133, %v134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v135) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v137 = "stablehlo.reshape"(%v136) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v138 = "stablehlo.broadcast_in_dim"(%v137) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v139 = "stablehlo.divide"(%v131, %v138) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v140 = "stablehlo.reshape"(%v139) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
    %v141 = "stablehlo.dot_general"(%v140, %v111) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
    %v142 = "stablehlo.reshape"(%v141) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v143 = "stablehlo.transpose"(%v142) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v144 = "stablehlo.reshape"(%v143) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v145 = "stablehlo.reshape"(%v144) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v146 = "stablehlo.dot_general"(%v3, %v145) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v147 = "stablehlo.transpose"(%v146) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v148 = "stablehlo.reshape"(%v147) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v149 = "stablehlo.add"(%v53, %v148) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v150 = "stablehlo.multiply"(%v149, %v149) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v151 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v155 = "stablehlo.reduce"(%v150, %v151) ({
      ^bb0(%v152: tensor<f32>, %v153: tensor<f32>):
        %v154 = "stablehlo.add"(%v152, %v153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v154) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v156 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v157 = "stablehlo.broadcast_in_dim"(%v156) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v158 = "stablehlo.divide"(%v155, %v157) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v159 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v160 = "stablehlo.broadcast_in_dim"(%v159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v161 = "stablehlo.add"(%v158, %v160) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v162 = "stablehlo.rsqrt"(%v161) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v163 = "stablehlo.reshape"(%v162) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v164 = "stablehlo.broadcast_in_dim"(%v163) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v165 = "stablehlo.multiply"(%v149, %v164) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v166 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v167 = "stablehlo.multiply"(%v165, %v166) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v168 = "stablehlo.reshape"(%v167) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v169 = "stablehlo.dot_general"(%v5, %v168) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v170 = "stablehlo.transpose"(%v169) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v171 = "stablehlo.reshape"(%v170) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v172 = "stablehlo.slice"(%v171) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v173 = "stablehlo.slice"(%v171) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v174 = "stablehlo.logistic"(%v172) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v175 = "stablehlo.multiply"(%v172, %v174) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v176 = "stablehlo.multiply"(%v175, %v173) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v177 = "stablehlo.reshape"(%v176) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v178 = "stablehlo.dot_general"(%v6, %v177) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v179 = "stablehlo.transpose"(%v178) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v180 = "stablehlo.reshape"(%v179) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v181 = "stablehlo.add"(%v149, %v180) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v182 = "stablehlo.multiply"(%v181, %v181) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v183 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v187 = "stablehlo.reduce"(%v182, %v183) ({
      ^bb0(%v184: tensor<f32>, %v185: tensor<f32>):
        %v186 = "stablehlo.add"(%v184, %v185) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v186) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v188 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v189 = "stablehlo.broadcast_in_dim"(%v188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v190 = "stablehlo.divide"(%v187, %v189) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v191 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v192 = "stablehlo.broadcast_in_dim"(%v191) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v193 = "stablehlo.add"(%v190, %v192) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v194 = "stablehlo.rsqrt"(%v193) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v195 = "stablehlo.reshape"(%v194) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v196 = "stablehlo.broadcast_in_dim"(%v195) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v197 = "stablehlo.multiply"(%v181, %v196) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v198 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v199 = "stablehlo.multiply"(%v197, %v198) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v200 = "stablehlo.reshape"(%v199) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v201 = "stablehlo.dot_general"(%v8, %v200) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v202 = "stablehlo.transpose"(%v201) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v203 = "stablehlo.reshape"(%v202) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v204 = "stablehlo.slice"(%v203) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v205 = "stablehlo.reshape"(%v204) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v206 = "stablehlo.transpose"(%v205) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v207 = "stablehlo.slice"(%v206) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v208 = "stablehlo.slice"(%v206) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v209 = "stablehlo.negate"(%v208) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v210 = "stablehlo.concatenate"(%v209, %v207) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v211 = "stablehlo.reshape"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v212 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v213 = "stablehlo.broadcast_in_dim"(%v211) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v214 = "stablehlo.multiply"(%v206, %v213) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v215 = "stablehlo.broadcast_in_dim"(%v212) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v216 = "stablehlo.multiply"(%v210, %v215) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v217 = "stablehlo.add"(%v214, %v216) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v218 = "stablehlo.slice"(%v203) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v219 = "stablehlo.reshape"(%v218) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v220 = "stablehlo.transpose"(%v219) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v221 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v222 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v223 = "stablehlo.negate"(%v222) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v224 = "stablehlo.concatenate"(%v223, %v221) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v225 = "stablehlo.reshape"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v226 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v227 = "stablehlo.broadcast_in_dim"(%v225) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v228 = "stablehlo.multiply"(%v220, %v227) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v229 = "stablehlo.broadcast_in_dim"(%v226) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v230 = "stablehlo.multiply"(%v224, %v229) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v231 = "stablehlo.add"(%v228, %v230) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v232 = "stablehlo.slice"(%v203) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v233 = "stablehlo.reshape"(%v232) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v234 = "stablehlo.transpose"(%v233) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v235 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v236 = "stablehlo.reshape"(%v231) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v237 = "stablehlo.dynamic_update_slice"(%v19, %v236, %v235, %v16, %v235) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v238 = "stablehlo.reshape"(%v234) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v239 = "stablehlo.dynamic_update_slice"(%v21, %v238, %v235, %v16, %v235) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v240 = "stablehlo.reshape"(%v217) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v241 = "stablehlo.reshape"(%v240) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v242 = "stablehlo.dot_general"(%v241, %v237) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
    %v243 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v244 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
    %v245 = "stablehlo.multiply"(%v242, %v244) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
    %v246 = "stablehlo.reshape"(%v245) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v247 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v248 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
    %v249 = "stablehlo.broadcast_in_dim"(%v52) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
    %v250 = "stablehlo.select"(%v249, %v246, %v248) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v251 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v255 = "stablehlo.reduce"(%v250, %v251) ({
      ^bb0(%v252: tensor<f32>, %v253: tensor<f32>):
        %v254 = "stablehlo.maximum"(%v252, %v253) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v254) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v256 = "stablehlo.reshape"(%v255) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v257 = "stablehlo.broadcast_in_dim"(%v256) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v258 = "stablehlo.subtract"(%v250, %v257) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v259 = "stablehlo.exponential"(%v258) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v260 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v264 = "stablehlo.reduce"(%v259, %v260) ({
      ^bb0(%v261: tensor<f32>, %v262: tensor<f32>):
        %v263 = "stablehlo.add"(%v261, %v262) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v263) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v265 = "stablehlo.reshape"(%v264) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v266 = "stablehlo.broadcast_in_dim"(%v265) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v267 = "stablehlo.divide"(%v259, %v266) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v268 = "stablehlo.reshape"(%v267) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
    %v269 = "stablehlo.dot_general"(%v268, %v239) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
    %v270 = "stablehlo.reshape"(%v269) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v271 = "stablehlo.transpose"(%v270) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v272 = "stablehlo.reshape"(%v271) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v273 = "stablehlo.reshape"(%v272) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v274 = "stablehlo.dot_general"(%v9, %v273) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v275 = "stablehlo.transpose"(%v274) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v276 = "stablehlo.reshape"(%v275) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v277 = "stablehlo.add"(%v181, %v276) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v278 = "stablehlo.multiply"(%v277, %v277) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v279 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v283 = "stablehlo.reduce"(%v278, %v279) ({
      ^bb0(%v280: tensor<f32>, %v281: tensor<f32>):
        %v282 = "stablehlo.add"(%v280, %v281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v282) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v284 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v285 = "stablehlo.broadcast_in_dim"(%v284) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v286 = "stablehlo.divide"(%v283, %v285) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v287 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v288 = "stablehlo.broadcast_in_dim"(%v287) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v289 = "stablehlo.add"(%v286, %v288) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v290 = "stablehlo.rsqrt"(%v289) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v291 = "stablehlo.reshape"(%v290) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v292 = "stablehlo.broadcast_in_dim"(%v291) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v293 = "stablehlo.multiply"(%v277, %v292) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v294 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v295 = "stablehlo.multiply"(%v293, %v294) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v296 = "stablehlo.reshape"(%v295) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v297 = "stablehlo.dot_general"(%v11, %v296) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v298 = "stablehlo.transpose"(%v297) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v299 = "stablehlo.reshape"(%v298) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v300 = "stablehlo.slice"(%v299) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v301 = "stablehlo.slice"(%v299) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v302 = "stablehlo.logistic"(%v300) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v303 = "stablehlo.multiply"(%v300, %v302) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v304 = "stablehlo.multiply"(%v303, %v301) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v305 = "stablehlo.reshape"(%v304) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v306 = "stablehlo.dot_general"(%v12, %v305) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v307 = "stablehlo.transpose"(%v306) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v308 = "stablehlo.reshape"(%v307) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v309 = "stablehlo.add"(%v277, %v308) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v310 = "stablehlo.multiply"(%v309, %v309) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v311 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v315 = "stablehlo.reduce"(%v310, %v311) ({
      ^bb0(%v312: tensor<f32>, %v313: tensor<f32>):
        %v314 = "stablehlo.add"(%v312, %v313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v314) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v316 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v317 = "stablehlo.broadcast_in_dim"(%v316) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v318 = "stablehlo.divide"(%v315, %v317) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v319 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v320 = "stablehlo.broadcast_in_dim"(%v319) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v321 = "stablehlo.add"(%v318, %v320) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v322 = "stablehlo.rsqrt"(%v321) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v323 = "stablehlo.reshape"(%v322) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v324 = "stablehlo.broadcast_in_dim"(%v323) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v325 = "stablehlo.multiply"(%v309, %v324) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v326 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v327 = "stablehlo.multiply"(%v325, %v326) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v328 = "stablehlo.slice"(%v327) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v329 = "stablehlo.reshape"(%v328) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v330 = "stablehlo.dot_general"(%v14, %v329) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v331 = "stablehlo.transpose"(%v330) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v332 = "stablehlo.reshape"(%v331) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v333 = "stablehlo.reshape"(%v332) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v334 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v335 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v336 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v348, %v349 = "stablehlo.reduce"(%v333, %v334, %v335, %v336) ({
      ^bb0(%v337: tensor<f32>, %v338: tensor<i32>, %v339: tensor<f32>, %v340: tensor<i32>):
        %v341 = "stablehlo.compare"(%v339, %v337) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v342 = "stablehlo.compare"(%v339, %v337) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v343 = "stablehlo.compare"(%v340, %v338) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v344 = "stablehlo.and"(%v342, %v343) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v345 = "stablehlo.or"(%v341, %v344) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v346 = "stablehlo.select"(%v345, %v339, %v337) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v347 = "stablehlo.select"(%v345, %v340, %v338) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v346, %v347) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v350 = "stablehlo.reshape"(%v349) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v350, %v109, %v237, %v111, %v239) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
