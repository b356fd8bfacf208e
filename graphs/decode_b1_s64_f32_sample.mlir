module @decode_b1_s64_f32_sample attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v22: tensor<f32> {xlagen.name = "temperature"},
      %v23: tensor<i32> {xlagen.name = "top_k"},
      %v24: tensor<f32> {xlagen.name = "top_p"},
      %v25: tensor<2xui64> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) {
    %v26 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v27 = "stablehlo.broadcast_in_dim"(%v16) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v28 = "stablehlo.add"(%v26, %v27) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v29 = "stablehlo.reshape"(%v17) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v30 = "stablehlo.subtract"(%v28, %v29) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v31 = "stablehlo.convert"(%v30) : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %v32 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v33 = "stablehlo.reshape"(%v31) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v34 = "stablehlo.reshape"(%v32) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v35 = "stablehlo.broadcast_in_dim"(%v33) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %v36 = "stablehlo.multiply"(%v35, %v34) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %v37 = "stablehlo.concatenate"(%v36, %v36) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
    %v38 = "stablehlo.cosine"(%v37) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v39 = "stablehlo.sine"(%v37) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v40 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
    %v41 = "stablehlo.broadcast_in_dim"(%v16) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v42 = "stablehlo.add"(%v40, %v41) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v43 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
    %v44 = "stablehlo.reshape"(%v17) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v45 = "stablehlo.broadcast_in_dim"(%v44) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
    %v46 = "stablehlo.compare"(%v43, %v45) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v47 = "stablehlo.compare"(%v43, %v42) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v48 = "stablehlo.or"(%v46, %v47) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v49 = "stablehlo.compare"(%v43, %v42) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v50 = "stablehlo.and"(%v49, %v48) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v51 = "stablehlo.subtract"(%v42, %v43) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v52 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v53 = "stablehlo.broadcast_in_dim"(%v52) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v54 = "stablehlo.compare"(%v51, %v53) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v55 = "stablehlo.and"(%v50, %v54) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v56 = "stablehlo.reshape"(%v55) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
    %v57 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
    %v58 = "stablehlo.multiply"(%v57, %v57) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v59 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v63 = "stablehlo.reduce"(%v58, %v59) ({
      ^bb0(%v60: tensor<f32>, %v61: tensor<f32>):
        %v62 = "stablehlo.add"(%v60, %v61) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v62) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v64 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v65 = "stablehlo.broadcast_in_dim"(%v64) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v66 = "stablehlo.divide"(%v63, %v65) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v67 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v68 = "stablehlo.broadcast_in_dim"(%v67) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v69 = "stablehlo.add"(%v66, %v68) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v70 = "stablehlo.rsqrt"(%v69) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v71 = "stablehlo.reshape"(%v70) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v72 = "stablehlo.broadcast_in_dim"(%v71) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v73 = "stablehlo.multiply"(%v57, %v72) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v74 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v75 = "stablehlo.multiply"(%v73, %v74) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v76 = "stablehlo.reshape"(%v75) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v77 = "stablehlo.dot_general"(%v2, %v76) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v78 = "stablehlo.transpose"(%v77) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v79 = "stablehlo.reshape"(%v78) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v80 = "stablehlo.slice"(%v79) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v81 = "stablehlo.reshape"(%v80) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v82 = "stablehlo.transpose"(%v81) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v83 = "stablehlo.slice"(%v82) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v84 = "stablehlo.slice"(%v82) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v85 = "stablehlo.negate"(%v84) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v86 = "stablehlo.concatenate"(%v85, %v83) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v87 = "stablehlo.reshape"(%v38) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v88 = "stablehlo.reshape"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v89 = "stablehlo.broadcast_in_dim"(%v87) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v90 = "stablehlo.multiply"(%v82, %v89) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v91 = "stablehlo.broadcast_in_dim"(%v88) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v92 = "stablehlo.multiply"(%v86, %v91) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v93 = "stablehlo.add"(%v90, %v92) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v94 = "stablehlo.slice"(%v79) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v95 = "stablehlo.reshape"(%v94) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v96 = "stablehlo.transpose"(%v95) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v97 = "stablehlo.slice"(%v96) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v98 = "stablehlo.slice"(%v96) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v99 = "stablehlo.negate"(%v98) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v100 = "stablehlo.concatenate"(%v99, %v97) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v101 = "stablehlo.reshape"(%v38) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v102 = "stablehlo.reshape"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v103 = "stablehlo.broadcast_in_dim"(%v101) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v104 = "stablehlo.multiply"(%v96, %v103) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v105 = "stablehlo.broadcast_in_dim"(%v102) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v106 = "stablehlo.multiply"(%v100, %v105) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v107 = "stablehlo.add"(%v104, %v106) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v108 = "stablehlo.slice"(%v79) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v109 = "stablehlo.reshape"(%v108) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v110 = "stablehlo.transpose"(%v109) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v111 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v112 = "stablehlo.reshape"(%v107) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v113 = "stablehlo.dynamic_update_slice"(%v18, %v112, %v111, %v16, %v111) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v114 = "stablehlo.reshape"(%v110) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v115 = "stablehlo.dynamic_update_slice"(%v20, %v114, %v111, %v16, %v111) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v116 = "stablehlo.reshape"(%v93) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v117 = "stablehlo.reshape"(%v116) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v118 = "stablehlo.dot_general"(%v117, %v113) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
    %v119 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v120 = "stablehlo.broadcast_in_dim"(%v119) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
    %v121 = "stablehlo.multiply"(%v118, %v120) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v123 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v124 = "stablehlo.broadcast_in_dim"(%v123) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
    %v125 = "stablehlo.broadcast_in_dim"(%v56) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
    %v126 = "stablehlo.select"(%v125, %v122, %v124) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v127 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v131 = "stablehlo.reduce"(%v126, %v127) ({
      ^bb0(%v128: tensor<f32>, %v129: tensor<f32>):
        %v130 = "stablehlo.maximum"(%v128, %v129) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v130) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v132 = "stablehlo.reshape"(%v131) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v133 = "stablehlo.broadcast_in_dim"(%v132) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v134 = "stablehlo.subtract"(%v126, %v133) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v135 = "stablehlo.exponential"(%v134) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v136 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v140 = "stablehlo.reduce"(%v135, %v136) ({
      ^bb0(%v137: tensor<f32>, %v138: tensor<f32>):
        %v139 = "stablehlo.add"(%v137, %v138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v139) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v141 = "stablehlo.reshape"(%v140) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v142 = "stablehlo.broadcast_in_dim"(%v141) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v143 = "stablehlo.divide"(%v135, %v142) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v144 = "stablehlo.reshape"(%v143) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
    %v145 = "stablehlo.dot_general"(%v144, %v115) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
    %v146 = "stablehlo.reshape"(%v145) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v147 = "stablehlo.transpose"(%v146) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v148 = "stablehlo.reshape"(%v147) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v149 = "stablehlo.reshape"(%v148) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v150 = "stablehlo.dot_general"(%v3, %v149) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v151 = "stablehlo.transpose"(%v150) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v152 = "stablehlo.reshape"(%v151) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v153 = "stablehlo.add"(%v57, %v152) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v154 = "stablehlo.multiply"(%v153, %v153) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v155 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v159 = "stablehlo.reduce"(%v154, %v155) ({
      ^bb0(%v156: tensor<f32>, %v157: tensor<f32>):
        %v158 = "stablehlo.add"(%v156, %v157) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v158) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v160 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v161 = "stablehlo.broadcast_in_dim"(%v160) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v162 = "stablehlo.divide"(%v159, %v161) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v163 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v164 = "stablehlo.broadcast_in_dim"(%v163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v165 = "stablehlo.add"(%v162, %v164) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v166 = "stablehlo.rsqrt"(%v165) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v167 = "stablehlo.reshape"(%v166) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v168 = "stablehlo.broadcast_in_dim"(%v167) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v169 = "stablehlo.multiply"(%v153, %v168) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v170 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v171 = "stablehlo.multiply"(%v169, %v170) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v172 = "stablehlo.reshape"(%v171) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v173 = "stablehlo.dot_general"(%v5, %v172) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v174 = "stablehlo.transpose"(%v173) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v175 = "stablehlo.reshape"(%v174) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v176 = "stablehlo.slice"(%v175) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v177 = "stablehlo.slice"(%v175) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v178 = "stablehlo.logistic"(%v176) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v179 = "stablehlo.multiply"(%v176, %v178) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v180 = "stablehlo.multiply"(%v179, %v177) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v181 = "stablehlo.reshape"(%v180) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v182 = "stablehlo.dot_general"(%v6, %v181) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v183 = "stablehlo.transpose"(%v182) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v184 = "stablehlo.reshape"(%v183) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v185 = "stablehlo.add"(%v153, %v184) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v186 = "stablehlo.multiply"(%v185, %v185) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v187 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v191 = "stablehlo.reduce"(%v186, %v187) ({
      ^bb0(%v188: tensor<f32>, %v189: tensor<f32>):
        %v190 = "stablehlo.add"(%v188, %v189) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v190) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v192 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v193 = "stablehlo.broadcast_in_dim"(%v192) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v194 = "stablehlo.divide"(%v191, %v193) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v195 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v196 = "stablehlo.broadcast_in_dim"(%v195) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v197 = "stablehlo.add"(%v194, %v196) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v198 = "stablehlo.rsqrt"(%v197) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v199 = "stablehlo.reshape"(%v198) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v200 = "stablehlo.broadcast_in_dim"(%v199) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v201 = "stablehlo.multiply"(%v185, %v200) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v202 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v203 = "stablehlo.multiply"(%v201, %v202) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v204 = "stablehlo.reshape"(%v203) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v205 = "stablehlo.dot_general"(%v8, %v204) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v206 = "stablehlo.transpose"(%v205) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v207 = "stablehlo.reshape"(%v206) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v208 = "stablehlo.slice"(%v207) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v209 = "stablehlo.reshape"(%v208) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v210 = "stablehlo.transpose"(%v209) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v211 = "stablehlo.slice"(%v210) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v212 = "stablehlo.slice"(%v210) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v213 = "stablehlo.negate"(%v212) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v214 = "stablehlo.concatenate"(%v213, %v211) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v215 = "stablehlo.reshape"(%v38) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v216 = "stablehlo.reshape"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v217 = "stablehlo.broadcast_in_dim"(%v215) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v218 = "stablehlo.multiply"(%v210, %v217) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v219 = "stablehlo.broadcast_in_dim"(%v216) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v220 = "stablehlo.multiply"(%v214, %v219) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v221 = "stablehlo.add"(%v218, %v220) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v222 = "stablehlo.slice"(%v207) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v223 = "stablehlo.reshape"(%v222) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v224 = "stablehlo.transpose"(%v223) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v225 = "stablehlo.slice"(%v224) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v226 = "stablehlo.slice"(%v224) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v227 = "stablehlo.negate"(%v226) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v228 = "stablehlo.concatenate"(%v227, %v225) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v229 = "stablehlo.reshape"(%v38) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v230 = "stablehlo.reshape"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v231 = "stablehlo.broadcast_in_dim"(%v229) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v232 = "stablehlo.multiply"(%v224, %v231) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v233 = "stablehlo.broadcast_in_dim"(%v230) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v234 = "stablehlo.multiply"(%v228, %v233) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v235 = "stablehlo.add"(%v232, %v234) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v236 = "stablehlo.slice"(%v207) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v237 = "stablehlo.reshape"(%v236) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v238 = "stablehlo.transpose"(%v237) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v239 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v240 = "stablehlo.reshape"(%v235) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v241 = "stablehlo.dynamic_update_slice"(%v19, %v240, %v239, %v16, %v239) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v242 = "stablehlo.reshape"(%v238) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v243 = "stablehlo.dynamic_update_slice"(%v21, %v242, %v239, %v16, %v239) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v244 = "stablehlo.reshape"(%v221) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v245 = "stablehlo.reshape"(%v244) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v246 = "stablehlo.dot_general"(%v245, %v241) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
    %v247 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
    %v248 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
    %v249 = "stablehlo.multiply"(%v246, %v248) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
    %v250 = "stablehlo.reshape"(%v249) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v251 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v252 = "stablehlo.broadcast_in_dim"(%v251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
    %v253 = "stablehlo.broadcast_in_dim"(%v56) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
    %v254 = "stablehlo.select"(%v253, %v250, %v252) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v255 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v259 = "stablehlo.reduce"(%v254, %v255) ({
      ^bb0(%v256: tensor<f32>, %v257: tensor<f32>):
        %v258 = "stablehlo.maximum"(%v256, %v257) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v258) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v260 = "stablehlo.reshape"(%v259) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v261 = "stablehlo.broadcast_in_dim"(%v260) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v262 = "stablehlo.subtract"(%v254, %v261) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v263 = "stablehlo.exponential"(%v262) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v264 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v268 = "stablehlo.reduce"(%v263, %v264) ({
      ^bb0(%v265: tensor<f32>, %v266: tensor<f32>):
        %v267 = "stablehlo.add"(%v265, %v266) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v267) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
    %v269 = "stablehlo.reshape"(%v268) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
    %v270 = "stablehlo.broadcast_in_dim"(%v269) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
    %v271 = "stablehlo.divide"(%v263, %v270) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
    %v272 = "stablehlo.reshape"(%v271) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
    %v273 = "stablehlo.dot_general"(%v272, %v243) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
    %v274 = "stablehlo.reshape"(%v273) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v275 = "stablehlo.transpose"(%v274) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v276 = "stablehlo.reshape"(%v275) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v277 = "stablehlo.reshape"(%v276) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v278 = "stablehlo.dot_general"(%v9, %v277) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v279 = "stablehlo.transpose"(%v278) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v280 = "stablehlo.reshape"(%v279) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v281 = "stablehlo.add"(%v185, %v280) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v282 = "stablehlo.multiply"(%v281, %v281) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v283 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v287 = "stablehlo.reduce"(%v282, %v283) ({
      ^bb0(%v284: tensor<f32>, %v285: tensor<f32>):
        %v286 = "stablehlo.add"(%v284, %v285) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v286) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v288 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v289 = "stablehlo.broadcast_in_dim"(%v288) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v290 = "stablehlo.divide"(%v287, %v289) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v291 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v292 = "stablehlo.broadcast_in_dim"(%v291) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v293 = "stablehlo.add"(%v290, %v292) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v294 = "stablehlo.rsqrt"(%v293) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v295 = "stablehlo.reshape"(%v294) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v296 = "stablehlo.broadcast_in_dim"(%v295) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v297 = "stablehlo.multiply"(%v281, %v296) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v298 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v299 = "stablehlo.multiply"(%v297, %v298) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v300 = "stablehlo.reshape"(%v299) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v301 = "stablehlo.dot_general"(%v11, %v300) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v302 = "stablehlo.transpose"(%v301) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v303 = "stablehlo.reshape"(%v302) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v304 = "stablehlo.slice"(%v303) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v305 = "stablehlo.slice"(%v303) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v306 = "stablehlo.logistic"(%v304) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v307 = "stablehlo.multiply"(%v304, %v306) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v308 = "stablehlo.multiply"(%v307, %v305) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v309 = "stablehlo.reshape"(%v308) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v310 = "stablehlo.dot_general"(%v12, %v309) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v311 = "stablehlo.transpose"(%v310) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v312 = "stablehlo.reshape"(%v311) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v313 = "stablehlo.add"(%v281, %v312) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v314 = "stablehlo.multiply"(%v313, %v313) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v315 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v319 = "stablehlo.reduce"(%v314, %v315) ({
      ^bb0(%v316: tensor<f32>, %v317: tensor<f32>):
        %v318 = "stablehlo.add"(%v316, %v317) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v318) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v320 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v321 = "stablehlo.broadcast_in_dim"(%v320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v322 = "stablehlo.divide"(%v319, %v321) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v323 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v324 = "stablehlo.broadcast_in_dim"(%v323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v325 = "stablehlo.add"(%v322, %v324) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v326 = "stablehlo.rsqrt"(%v325) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v327 = "stablehlo.reshape"(%v326) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v328 = "stablehlo.broadcast_in_dim"(%v327) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v329 = "stablehlo.multiply"(%v313, %v328) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v330 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v331 = "stablehlo.multiply"(%v329, %v330) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v332 = "stablehlo.slice"(%v331) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v333 = "stablehlo.reshape"(%v332) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v334 = "stablehlo.dot_general"(%v14, %v333) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v335 = "stablehlo.transpose"(%v334) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v336 = "stablehlo.reshape"(%v335) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v337 = "stablehlo.reshape"(%v336) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v338 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v339 = "stablehlo.divide"(%v337, %v338) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v340 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v346, %v347 = "stablehlo.sort"(%v339, %v340) ({
      ^bb0(%v341: tensor<f32>, %v342: tensor<f32>, %v343: tensor<i32>, %v344: tensor<i32>):
        %v345 = "stablehlo.compare"(%v341, %v342) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v345) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v348 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v349 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v350 = "stablehlo.compare"(%v23, %v349) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %v351 = "stablehlo.broadcast_in_dim"(%v23) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v352 = "stablehlo.compare"(%v348, %v351) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v353 = "stablehlo.broadcast_in_dim"(%v350) {broadcast_dimensions = array<i64>} : (tensor<i1>) -> tensor<1x96xi1>
    %v354 = "stablehlo.or"(%v352, %v353) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v355 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v359 = "stablehlo.reduce"(%v346, %v355) ({
      ^bb0(%v356: tensor<f32>, %v357: tensor<f32>):
        %v358 = "stablehlo.maximum"(%v356, %v357) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v358) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v360 = "stablehlo.reshape"(%v359) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v361 = "stablehlo.broadcast_in_dim"(%v360) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v362 = "stablehlo.subtract"(%v346, %v361) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v363 = "stablehlo.exponential"(%v362) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v364 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v368 = "stablehlo.reduce"(%v363, %v364) ({
      ^bb0(%v365: tensor<f32>, %v366: tensor<f32>):
        %v367 = "stablehlo.add"(%v365, %v366) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v367) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v369 = "stablehlo.reshape"(%v368) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v370 = "stablehlo.broadcast_in_dim"(%v369) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v371 = "stablehlo.divide"(%v363, %v370) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v372 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v373 = "stablehlo.slice"(%v371) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v374 = "stablehlo.concatenate"(%v372, %v373) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v375 = "stablehlo.add"(%v371, %v374) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v376 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v377 = "stablehlo.slice"(%v375) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v378 = "stablehlo.concatenate"(%v376, %v377) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v379 = "stablehlo.add"(%v375, %v378) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v380 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v381 = "stablehlo.slice"(%v379) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v382 = "stablehlo.concatenate"(%v380, %v381) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v383 = "stablehlo.add"(%v379, %v382) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v384 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v385 = "stablehlo.slice"(%v383) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v386 = "stablehlo.concatenate"(%v384, %v385) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v387 = "stablehlo.add"(%v383, %v386) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v388 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v389 = "stablehlo.slice"(%v387) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v390 = "stablehlo.concatenate"(%v388, %v389) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v391 = "stablehlo.add"(%v387, %v390) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v392 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v393 = "stablehlo.slice"(%v391) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v394 = "stablehlo.concatenate"(%v392, %v393) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v395 = "stablehlo.add"(%v391, %v394) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v396 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v397 = "stablehlo.slice"(%v395) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v398 = "stablehlo.concatenate"(%v396, %v397) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v399 = "stablehlo.add"(%v395, %v398) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v400 = "stablehlo.subtract"(%v399, %v371) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v401 = "stablehlo.broadcast_in_dim"(%v24) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v402 = "stablehlo.compare"(%v400, %v401) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v403 = "stablehlo.and"(%v354, %v402) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v404, %v405 = "stablehlo.rng_bit_generator"(%v25) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<1x96xui32>)
    %v406 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v407 = "stablehlo.broadcast_in_dim"(%v406) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v408 = "stablehlo.shift_right_logical"(%v405, %v407) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v409 = "stablehlo.convert"(%v408) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v410 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v411 = "stablehlo.broadcast_in_dim"(%v410) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v412 = "stablehlo.add"(%v409, %v411) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v413 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v414 = "stablehlo.broadcast_in_dim"(%v413) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v415 = "stablehlo.multiply"(%v412, %v414) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v416 = "stablehlo.log"(%v415) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v417 = "stablehlo.negate"(%v416) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v418 = "stablehlo.log"(%v417) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v419 = "stablehlo.negate"(%v418) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v420 = "stablehlo.add"(%v346, %v419) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v421 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v422 = "stablehlo.broadcast_in_dim"(%v421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v423 = "stablehlo.select"(%v403, %v420, %v422) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v424 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v425 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v426 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v438, %v439 = "stablehlo.reduce"(%v423, %v424, %v425, %v426) ({
      ^bb0(%v427: tensor<f32>, %v428: tensor<i32>, %v429: tensor<f32>, %v430: tensor<i32>):
        %v431 = "stablehlo.compare"(%v429, %v427) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v432 = "stablehlo.compare"(%v429, %v427) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v433 = "stablehlo.compare"(%v430, %v428) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v434 = "stablehlo.and"(%v432, %v433) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v435 = "stablehlo.or"(%v431, %v434) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v436 = "stablehlo.select"(%v435, %v429, %v427) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v437 = "stablehlo.select"(%v435, %v430, %v428) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v436, %v437) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v440 = "stablehlo.reshape"(%v439) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v441 = "stablehlo.broadcast_in_dim"(%v440) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v442 = "stablehlo.compare"(%v348, %v441) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v443 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v444 = "stablehlo.broadcast_in_dim"(%v443) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v445 = "stablehlo.select"(%v442, %v347, %v444) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v446 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v450 = "stablehlo.reduce"(%v445, %v446) ({
      ^bb0(%v447: tensor<i32>, %v448: tensor<i32>):
        %v449 = "stablehlo.add"(%v447, %v448) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v449) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v451 = "stablehlo.reshape"(%v450) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v451, %v113, %v241, %v115, %v243, %v404) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) -> ()
  }
}
