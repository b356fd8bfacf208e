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
    %v120 = "stablehlo.dot_general"(%v119, %v115) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v121 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v122 = "stablehlo.broadcast_in_dim"(%v121) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v123 = "stablehlo.multiply"(%v120, %v122) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v125 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v126 = "stablehlo.broadcast_in_dim"(%v125) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v127 = "stablehlo.broadcast_in_dim"(%v58) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v128 = "stablehlo.select"(%v127, %v124, %v126) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v129 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v133 = "stablehlo.reduce"(%v128, %v129) ({
      ^bb0(%v130: tensor<f32>, %v131: tensor<f32>):
        %v132 = "stablehlo.maximum"(%v130, %v131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v132) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v134 = "stablehlo.reshape"(%v133) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v135 = "stablehlo.broadcast_in_dim"(%v134) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v136 = "stablehlo.subtract"(%v128, %v135) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v137 = "stablehlo.exponential"(%v136) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v138 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v142 = "stablehlo.reduce"(%v137, %v138) ({
      ^bb0(%v139: tensor<f32>, %v140: tensor<f32>):
        %v141 = "stablehlo.add"(%v139, %v140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v141) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v143 = "stablehlo.reshape"(%v142) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v144 = "stablehlo.broadcast_in_dim"(%v143) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v145 = "stablehlo.divide"(%v137, %v144) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v146 = "stablehlo.reshape"(%v145) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v147 = "stablehlo.dot_general"(%v146, %v117) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v148 = "stablehlo.reshape"(%v147) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v149 = "stablehlo.transpose"(%v148) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v150 = "stablehlo.reshape"(%v149) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v152 = "stablehlo.dot_general"(%v3, %v151) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v153 = "stablehlo.transpose"(%v152) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v154 = "stablehlo.reshape"(%v153) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v155 = "stablehlo.add"(%v59, %v154) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v156 = "stablehlo.multiply"(%v155, %v155) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v157 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v161 = "stablehlo.reduce"(%v156, %v157) ({
      ^bb0(%v158: tensor<f32>, %v159: tensor<f32>):
        %v160 = "stablehlo.add"(%v158, %v159) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v160) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v162 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v163 = "stablehlo.broadcast_in_dim"(%v162) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v164 = "stablehlo.divide"(%v161, %v163) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v165 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v166 = "stablehlo.broadcast_in_dim"(%v165) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v167 = "stablehlo.add"(%v164, %v166) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v168 = "stablehlo.rsqrt"(%v167) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v169 = "stablehlo.reshape"(%v168) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v171 = "stablehlo.multiply"(%v155, %v170) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v172 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v173 = "stablehlo.multiply"(%v171, %v172) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v174 = "stablehlo.reshape"(%v173) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v175 = "stablehlo.dot_general"(%v5, %v174) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v176 = "stablehlo.transpose"(%v175) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v177 = "stablehlo.reshape"(%v176) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v178 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v179 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v180 = "stablehlo.logistic"(%v178) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v181 = "stablehlo.multiply"(%v178, %v180) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v182 = "stablehlo.multiply"(%v181, %v179) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v183 = "stablehlo.reshape"(%v182) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v184 = "stablehlo.dot_general"(%v6, %v183) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v185 = "stablehlo.transpose"(%v184) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v186 = "stablehlo.reshape"(%v185) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v187 = "stablehlo.add"(%v155, %v186) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v188 = "stablehlo.multiply"(%v187, %v187) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v189 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v193 = "stablehlo.reduce"(%v188, %v189) ({
      ^bb0(%v190: tensor<f32>, %v191: tensor<f32>):
        %v192 = "stablehlo.add"(%v190, %v191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v192) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v194 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v195 = "stablehlo.broadcast_in_dim"(%v194) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v196 = "stablehlo.divide"(%v193, %v195) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v197 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v198 = "stablehlo.broadcast_in_dim"(%v197) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v199 = "stablehlo.add"(%v196, %v198) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v200 = "stablehlo.rsqrt"(%v199) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v201 = "stablehlo.reshape"(%v200) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v202 = "stablehlo.broadcast_in_dim"(%v201) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v203 = "stablehlo.multiply"(%v187, %v202) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v204 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v205 = "stablehlo.multiply"(%v203, %v204) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v206 = "stablehlo.reshape"(%v205) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v207 = "stablehlo.dot_general"(%v8, %v206) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<16x64xf32>) -> tensor<128x16xf32>
    %v208 = "stablehlo.transpose"(%v207) {permutation = array<i64: 1, 0>} : (tensor<128x16xf32>) -> tensor<16x128xf32>
    %v209 = "stablehlo.reshape"(%v208) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v210 = "stablehlo.slice"(%v209) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v211 = "stablehlo.reshape"(%v210) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v212 = "stablehlo.transpose"(%v211) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v213 = "stablehlo.slice"(%v212) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v214 = "stablehlo.slice"(%v212) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v215 = "stablehlo.negate"(%v214) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v216 = "stablehlo.concatenate"(%v215, %v213) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v217 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v218 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v219 = "stablehlo.broadcast_in_dim"(%v217) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v220 = "stablehlo.multiply"(%v212, %v219) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v221 = "stablehlo.broadcast_in_dim"(%v218) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v222 = "stablehlo.multiply"(%v216, %v221) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v223 = "stablehlo.add"(%v220, %v222) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v224 = "stablehlo.slice"(%v209) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v225 = "stablehlo.reshape"(%v224) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v226 = "stablehlo.transpose"(%v225) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v227 = "stablehlo.slice"(%v226) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v228 = "stablehlo.slice"(%v226) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v229 = "stablehlo.negate"(%v228) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v230 = "stablehlo.concatenate"(%v229, %v227) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v231 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v232 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v233 = "stablehlo.broadcast_in_dim"(%v231) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v234 = "stablehlo.multiply"(%v226, %v233) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v235 = "stablehlo.broadcast_in_dim"(%v232) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v236 = "stablehlo.multiply"(%v230, %v235) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v237 = "stablehlo.add"(%v234, %v236) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v238 = "stablehlo.slice"(%v209) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v239 = "stablehlo.reshape"(%v238) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v240 = "stablehlo.transpose"(%v239) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v241 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v242 = "stablehlo.reshape"(%v237) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v243 = "stablehlo.dynamic_update_slice"(%v19, %v242, %v241, %v16, %v241) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v244 = "stablehlo.reshape"(%v240) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v245 = "stablehlo.dynamic_update_slice"(%v21, %v244, %v241, %v16, %v241) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v246 = "stablehlo.reshape"(%v223) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v247 = "stablehlo.reshape"(%v246) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v248 = "stablehlo.dot_general"(%v247, %v243) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x16xf32>, tensor<2x64x16xf32>) -> tensor<2x32x64xf32>
    %v249 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v250 = "stablehlo.broadcast_in_dim"(%v249) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x64xf32>
    %v251 = "stablehlo.multiply"(%v248, %v250) : (tensor<2x32x64xf32>, tensor<2x32x64xf32>) -> tensor<2x32x64xf32>
    %v252 = "stablehlo.reshape"(%v251) : (tensor<2x32x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v253 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v254 = "stablehlo.broadcast_in_dim"(%v253) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x16x64xf32>
    %v255 = "stablehlo.broadcast_in_dim"(%v58) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x16x64xi1>) -> tensor<1x2x2x16x64xi1>
    %v256 = "stablehlo.select"(%v255, %v252, %v254) : (tensor<1x2x2x16x64xi1>, tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v257 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v261 = "stablehlo.reduce"(%v256, %v257) ({
      ^bb0(%v258: tensor<f32>, %v259: tensor<f32>):
        %v260 = "stablehlo.maximum"(%v258, %v259) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v260) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v262 = "stablehlo.reshape"(%v261) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v263 = "stablehlo.broadcast_in_dim"(%v262) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v264 = "stablehlo.subtract"(%v256, %v263) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v265 = "stablehlo.exponential"(%v264) : (tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v266 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v270 = "stablehlo.reduce"(%v265, %v266) ({
      ^bb0(%v267: tensor<f32>, %v268: tensor<f32>):
        %v269 = "stablehlo.add"(%v267, %v268) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v269) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x16x64xf32>, tensor<f32>) -> tensor<1x2x2x16xf32>
    %v271 = "stablehlo.reshape"(%v270) : (tensor<1x2x2x16xf32>) -> tensor<1x2x2x16x1xf32>
    %v272 = "stablehlo.broadcast_in_dim"(%v271) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x16x1xf32>) -> tensor<1x2x2x16x64xf32>
    %v273 = "stablehlo.divide"(%v265, %v272) : (tensor<1x2x2x16x64xf32>, tensor<1x2x2x16x64xf32>) -> tensor<1x2x2x16x64xf32>
    %v274 = "stablehlo.reshape"(%v273) : (tensor<1x2x2x16x64xf32>) -> tensor<2x32x64xf32>
    %v275 = "stablehlo.dot_general"(%v274, %v245) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x32x64xf32>, tensor<2x64x16xf32>) -> tensor<2x32x16xf32>
    %v276 = "stablehlo.reshape"(%v275) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v277 = "stablehlo.transpose"(%v276) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v278 = "stablehlo.reshape"(%v277) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v279 = "stablehlo.reshape"(%v278) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v280 = "stablehlo.dot_general"(%v9, %v279) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<16x64xf32>) -> tensor<64x16xf32>
    %v281 = "stablehlo.transpose"(%v280) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v282 = "stablehlo.reshape"(%v281) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v283 = "stablehlo.add"(%v187, %v282) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v284 = "stablehlo.multiply"(%v283, %v283) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v285 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v289 = "stablehlo.reduce"(%v284, %v285) ({
      ^bb0(%v286: tensor<f32>, %v287: tensor<f32>):
        %v288 = "stablehlo.add"(%v286, %v287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v288) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v290 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v291 = "stablehlo.broadcast_in_dim"(%v290) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v292 = "stablehlo.divide"(%v289, %v291) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v293 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v294 = "stablehlo.broadcast_in_dim"(%v293) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v295 = "stablehlo.add"(%v292, %v294) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v296 = "stablehlo.rsqrt"(%v295) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v297 = "stablehlo.reshape"(%v296) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v298 = "stablehlo.broadcast_in_dim"(%v297) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v299 = "stablehlo.multiply"(%v283, %v298) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v300 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v301 = "stablehlo.multiply"(%v299, %v300) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v302 = "stablehlo.reshape"(%v301) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v303 = "stablehlo.dot_general"(%v11, %v302) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<16x64xf32>) -> tensor<320x16xf32>
    %v304 = "stablehlo.transpose"(%v303) {permutation = array<i64: 1, 0>} : (tensor<320x16xf32>) -> tensor<16x320xf32>
    %v305 = "stablehlo.reshape"(%v304) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v306 = "stablehlo.slice"(%v305) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v307 = "stablehlo.slice"(%v305) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v308 = "stablehlo.logistic"(%v306) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v309 = "stablehlo.multiply"(%v306, %v308) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v310 = "stablehlo.multiply"(%v309, %v307) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v311 = "stablehlo.reshape"(%v310) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v312 = "stablehlo.dot_general"(%v12, %v311) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<16x160xf32>) -> tensor<64x16xf32>
    %v313 = "stablehlo.transpose"(%v312) {permutation = array<i64: 1, 0>} : (tensor<64x16xf32>) -> tensor<16x64xf32>
    %v314 = "stablehlo.reshape"(%v313) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v315 = "stablehlo.add"(%v283, %v314) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v316 = "stablehlo.multiply"(%v315, %v315) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v317 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v321 = "stablehlo.reduce"(%v316, %v317) ({
      ^bb0(%v318: tensor<f32>, %v319: tensor<f32>):
        %v320 = "stablehlo.add"(%v318, %v319) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v320) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v322 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v323 = "stablehlo.broadcast_in_dim"(%v322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v324 = "stablehlo.divide"(%v321, %v323) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v325 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v326 = "stablehlo.broadcast_in_dim"(%v325) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v327 = "stablehlo.add"(%v324, %v326) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v328 = "stablehlo.rsqrt"(%v327) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v329 = "stablehlo.reshape"(%v328) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v330 = "stablehlo.broadcast_in_dim"(%v329) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v331 = "stablehlo.multiply"(%v315, %v330) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v332 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v333 = "stablehlo.multiply"(%v331, %v332) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v334 = "stablehlo.slice"(%v333) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 15, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x1x64xf32>
    %v335 = "stablehlo.reshape"(%v334) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v336 = "stablehlo.dot_general"(%v14, %v335) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v337 = "stablehlo.transpose"(%v336) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v338 = "stablehlo.reshape"(%v337) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v339 = "stablehlo.reshape"(%v338) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v340 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v341 = "stablehlo.divide"(%v339, %v340) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v342 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v348, %v349 = "stablehlo.sort"(%v341, %v342) ({
      ^bb0(%v343: tensor<f32>, %v344: tensor<f32>, %v345: tensor<i32>, %v346: tensor<i32>):
        %v347 = "stablehlo.compare"(%v343, %v344) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v347) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v350 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v351 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v352 = "stablehlo.compare"(%v23, %v351) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %v353 = "stablehlo.broadcast_in_dim"(%v23) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v354 = "stablehlo.compare"(%v350, %v353) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v355 = "stablehlo.broadcast_in_dim"(%v352) {broadcast_dimensions = array<i64>} : (tensor<i1>) -> tensor<1x96xi1>
    %v356 = "stablehlo.or"(%v354, %v355) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v357 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v361 = "stablehlo.reduce"(%v348, %v357) ({
      ^bb0(%v358: tensor<f32>, %v359: tensor<f32>):
        %v360 = "stablehlo.maximum"(%v358, %v359) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v360) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v362 = "stablehlo.reshape"(%v361) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v363 = "stablehlo.broadcast_in_dim"(%v362) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v364 = "stablehlo.subtract"(%v348, %v363) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v365 = "stablehlo.exponential"(%v364) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v366 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v370 = "stablehlo.reduce"(%v365, %v366) ({
      ^bb0(%v367: tensor<f32>, %v368: tensor<f32>):
        %v369 = "stablehlo.add"(%v367, %v368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v369) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v371 = "stablehlo.reshape"(%v370) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v372 = "stablehlo.broadcast_in_dim"(%v371) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v373 = "stablehlo.divide"(%v365, %v372) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v374 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v375 = "stablehlo.slice"(%v373) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v376 = "stablehlo.concatenate"(%v374, %v375) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v377 = "stablehlo.add"(%v373, %v376) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v378 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v379 = "stablehlo.slice"(%v377) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v380 = "stablehlo.concatenate"(%v378, %v379) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v381 = "stablehlo.add"(%v377, %v380) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v382 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v383 = "stablehlo.slice"(%v381) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v384 = "stablehlo.concatenate"(%v382, %v383) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v385 = "stablehlo.add"(%v381, %v384) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v386 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v387 = "stablehlo.slice"(%v385) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v388 = "stablehlo.concatenate"(%v386, %v387) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v389 = "stablehlo.add"(%v385, %v388) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v390 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v391 = "stablehlo.slice"(%v389) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v392 = "stablehlo.concatenate"(%v390, %v391) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v393 = "stablehlo.add"(%v389, %v392) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v394 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v395 = "stablehlo.slice"(%v393) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v396 = "stablehlo.concatenate"(%v394, %v395) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v397 = "stablehlo.add"(%v393, %v396) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v398 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v399 = "stablehlo.slice"(%v397) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v400 = "stablehlo.concatenate"(%v398, %v399) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v401 = "stablehlo.add"(%v397, %v400) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v402 = "stablehlo.subtract"(%v401, %v373) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v403 = "stablehlo.broadcast_in_dim"(%v24) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v404 = "stablehlo.compare"(%v402, %v403) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v405 = "stablehlo.and"(%v356, %v404) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v406, %v407 = "stablehlo.rng_bit_generator"(%v25) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<1x96xui32>)
    %v408 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v409 = "stablehlo.broadcast_in_dim"(%v408) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v410 = "stablehlo.shift_right_logical"(%v407, %v409) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v411 = "stablehlo.convert"(%v410) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v412 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v413 = "stablehlo.broadcast_in_dim"(%v412) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v414 = "stablehlo.add"(%v411, %v413) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v415 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v416 = "stablehlo.broadcast_in_dim"(%v415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v417 = "stablehlo.multiply"(%v414, %v416) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v418 = "stablehlo.log"(%v417) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v419 = "stablehlo.negate"(%v418) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v420 = "stablehlo.log"(%v419) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v421 = "stablehlo.negate"(%v420) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v422 = "stablehlo.add"(%v348, %v421) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v423 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v424 = "stablehlo.broadcast_in_dim"(%v423) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v425 = "stablehlo.select"(%v405, %v422, %v424) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v426 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v427 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v428 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v440, %v441 = "stablehlo.reduce"(%v425, %v426, %v427, %v428) ({
      ^bb0(%v429: tensor<f32>, %v430: tensor<i32>, %v431: tensor<f32>, %v432: tensor<i32>):
        %v433 = "stablehlo.compare"(%v431, %v429) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v434 = "stablehlo.compare"(%v431, %v429) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v435 = "stablehlo.compare"(%v432, %v430) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v436 = "stablehlo.and"(%v434, %v435) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v437 = "stablehlo.or"(%v433, %v436) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v438 = "stablehlo.select"(%v437, %v431, %v429) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v439 = "stablehlo.select"(%v437, %v432, %v430) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v438, %v439) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v442 = "stablehlo.reshape"(%v441) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v443 = "stablehlo.broadcast_in_dim"(%v442) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v444 = "stablehlo.compare"(%v350, %v443) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v445 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v446 = "stablehlo.broadcast_in_dim"(%v445) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v447 = "stablehlo.select"(%v444, %v349, %v446) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v448 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v452 = "stablehlo.reduce"(%v447, %v448) ({
      ^bb0(%v449: tensor<i32>, %v450: tensor<i32>):
        %v451 = "stablehlo.add"(%v449, %v450) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v451) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v453 = "stablehlo.reshape"(%v452) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v453, %v115, %v243, %v117, %v245, %v406) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) -> ()
  }
}
