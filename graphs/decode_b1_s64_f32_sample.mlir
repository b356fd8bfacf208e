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
    %v118 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v119 = "stablehlo.reshape"(%v117) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %v120 = "stablehlo.custom_call"(%v119, %v113, %v115, %v16, %v17, %v118) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
    %v121 = "stablehlo.reshape"(%v120) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v123 = "stablehlo.transpose"(%v122) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v125 = "stablehlo.reshape"(%v124) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v126 = "stablehlo.dot_general"(%v3, %v125) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v127 = "stablehlo.transpose"(%v126) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v128 = "stablehlo.reshape"(%v127) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v129 = "stablehlo.add"(%v57, %v128) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v130 = "stablehlo.multiply"(%v129, %v129) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v131 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v135 = "stablehlo.reduce"(%v130, %v131) ({
      ^bb0(%v132: tensor<f32>, %v133: tensor<f32>):
        %v134 = "stablehlo.add"(%v132, %v133) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v134) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v136 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v137 = "stablehlo.broadcast_in_dim"(%v136) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v138 = "stablehlo.divide"(%v135, %v137) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v139 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v140 = "stablehlo.broadcast_in_dim"(%v139) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v141 = "stablehlo.add"(%v138, %v140) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v142 = "stablehlo.rsqrt"(%v141) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v143 = "stablehlo.reshape"(%v142) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v144 = "stablehlo.broadcast_in_dim"(%v143) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v145 = "stablehlo.multiply"(%v129, %v144) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v146 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v147 = "stablehlo.multiply"(%v145, %v146) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v148 = "stablehlo.reshape"(%v147) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v149 = "stablehlo.dot_general"(%v5, %v148) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v150 = "stablehlo.transpose"(%v149) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v152 = "stablehlo.slice"(%v151) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v153 = "stablehlo.slice"(%v151) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v154 = "stablehlo.logistic"(%v152) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v155 = "stablehlo.multiply"(%v152, %v154) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v156 = "stablehlo.multiply"(%v155, %v153) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v157 = "stablehlo.reshape"(%v156) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v158 = "stablehlo.dot_general"(%v6, %v157) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v159 = "stablehlo.transpose"(%v158) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v160 = "stablehlo.reshape"(%v159) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v161 = "stablehlo.add"(%v129, %v160) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v162 = "stablehlo.multiply"(%v161, %v161) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v163 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v167 = "stablehlo.reduce"(%v162, %v163) ({
      ^bb0(%v164: tensor<f32>, %v165: tensor<f32>):
        %v166 = "stablehlo.add"(%v164, %v165) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v166) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v168 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v169 = "stablehlo.broadcast_in_dim"(%v168) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v170 = "stablehlo.divide"(%v167, %v169) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v171 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v172 = "stablehlo.broadcast_in_dim"(%v171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v173 = "stablehlo.add"(%v170, %v172) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v174 = "stablehlo.rsqrt"(%v173) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v175 = "stablehlo.reshape"(%v174) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v176 = "stablehlo.broadcast_in_dim"(%v175) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v177 = "stablehlo.multiply"(%v161, %v176) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v178 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v179 = "stablehlo.multiply"(%v177, %v178) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v180 = "stablehlo.reshape"(%v179) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v181 = "stablehlo.dot_general"(%v8, %v180) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v182 = "stablehlo.transpose"(%v181) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v183 = "stablehlo.reshape"(%v182) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v184 = "stablehlo.slice"(%v183) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v185 = "stablehlo.reshape"(%v184) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v186 = "stablehlo.transpose"(%v185) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v187 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v188 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v189 = "stablehlo.negate"(%v188) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v190 = "stablehlo.concatenate"(%v189, %v187) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v191 = "stablehlo.reshape"(%v38) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v192 = "stablehlo.reshape"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v193 = "stablehlo.broadcast_in_dim"(%v191) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v194 = "stablehlo.multiply"(%v186, %v193) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v195 = "stablehlo.broadcast_in_dim"(%v192) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v196 = "stablehlo.multiply"(%v190, %v195) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v197 = "stablehlo.add"(%v194, %v196) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v198 = "stablehlo.slice"(%v183) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v199 = "stablehlo.reshape"(%v198) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v200 = "stablehlo.transpose"(%v199) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v201 = "stablehlo.slice"(%v200) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v202 = "stablehlo.slice"(%v200) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v203 = "stablehlo.negate"(%v202) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v204 = "stablehlo.concatenate"(%v203, %v201) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v205 = "stablehlo.reshape"(%v38) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v206 = "stablehlo.reshape"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v207 = "stablehlo.broadcast_in_dim"(%v205) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v208 = "stablehlo.multiply"(%v200, %v207) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v209 = "stablehlo.broadcast_in_dim"(%v206) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v210 = "stablehlo.multiply"(%v204, %v209) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v211 = "stablehlo.add"(%v208, %v210) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v212 = "stablehlo.slice"(%v183) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v213 = "stablehlo.reshape"(%v212) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v214 = "stablehlo.transpose"(%v213) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v215 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v216 = "stablehlo.reshape"(%v211) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v217 = "stablehlo.dynamic_update_slice"(%v19, %v216, %v215, %v16, %v215) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v218 = "stablehlo.reshape"(%v214) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v219 = "stablehlo.dynamic_update_slice"(%v21, %v218, %v215, %v16, %v215) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v220 = "stablehlo.reshape"(%v197) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v221 = "stablehlo.reshape"(%v220) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v222 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v223 = "stablehlo.reshape"(%v221) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %v224 = "stablehlo.custom_call"(%v223, %v217, %v219, %v16, %v17, %v222) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
    %v225 = "stablehlo.reshape"(%v224) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v226 = "stablehlo.reshape"(%v225) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v227 = "stablehlo.transpose"(%v226) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v228 = "stablehlo.reshape"(%v227) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v229 = "stablehlo.reshape"(%v228) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v230 = "stablehlo.dot_general"(%v9, %v229) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v231 = "stablehlo.transpose"(%v230) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v232 = "stablehlo.reshape"(%v231) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v233 = "stablehlo.add"(%v161, %v232) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v234 = "stablehlo.multiply"(%v233, %v233) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v235 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v239 = "stablehlo.reduce"(%v234, %v235) ({
      ^bb0(%v236: tensor<f32>, %v237: tensor<f32>):
        %v238 = "stablehlo.add"(%v236, %v237) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v238) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v240 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v241 = "stablehlo.broadcast_in_dim"(%v240) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v242 = "stablehlo.divide"(%v239, %v241) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v243 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v244 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v245 = "stablehlo.add"(%v242, %v244) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v246 = "stablehlo.rsqrt"(%v245) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v247 = "stablehlo.reshape"(%v246) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v248 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v249 = "stablehlo.multiply"(%v233, %v248) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v250 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v251 = "stablehlo.multiply"(%v249, %v250) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v252 = "stablehlo.reshape"(%v251) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v253 = "stablehlo.dot_general"(%v11, %v252) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v254 = "stablehlo.transpose"(%v253) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v255 = "stablehlo.reshape"(%v254) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v256 = "stablehlo.slice"(%v255) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v257 = "stablehlo.slice"(%v255) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v258 = "stablehlo.logistic"(%v256) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v259 = "stablehlo.multiply"(%v256, %v258) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v260 = "stablehlo.multiply"(%v259, %v257) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v261 = "stablehlo.reshape"(%v260) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v262 = "stablehlo.dot_general"(%v12, %v261) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v263 = "stablehlo.transpose"(%v262) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v264 = "stablehlo.reshape"(%v263) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v265 = "stablehlo.add"(%v233, %v264) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v266 = "stablehlo.multiply"(%v265, %v265) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v267 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v271 = "stablehlo.reduce"(%v266, %v267) ({
      ^bb0(%v268: tensor<f32>, %v269: tensor<f32>):
        %v270 = "stablehlo.add"(%v268, %v269) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v270) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v272 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v273 = "stablehlo.broadcast_in_dim"(%v272) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v274 = "stablehlo.divide"(%v271, %v273) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v275 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v276 = "stablehlo.broadcast_in_dim"(%v275) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v277 = "stablehlo.add"(%v274, %v276) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v278 = "stablehlo.rsqrt"(%v277) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v279 = "stablehlo.reshape"(%v278) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v280 = "stablehlo.broadcast_in_dim"(%v279) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v281 = "stablehlo.multiply"(%v265, %v280) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v282 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v283 = "stablehlo.multiply"(%v281, %v282) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v284 = "stablehlo.slice"(%v283) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v285 = "stablehlo.reshape"(%v284) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v286 = "stablehlo.dot_general"(%v14, %v285) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v287 = "stablehlo.transpose"(%v286) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v288 = "stablehlo.reshape"(%v287) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v289 = "stablehlo.reshape"(%v288) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v290 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v291 = "stablehlo.divide"(%v289, %v290) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v292 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v298, %v299 = "stablehlo.sort"(%v291, %v292) ({
      ^bb0(%v293: tensor<f32>, %v294: tensor<f32>, %v295: tensor<i32>, %v296: tensor<i32>):
        %v297 = "stablehlo.compare"(%v293, %v294) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v297) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v300 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v301 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v302 = "stablehlo.compare"(%v23, %v301) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %v303 = "stablehlo.broadcast_in_dim"(%v23) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v304 = "stablehlo.compare"(%v300, %v303) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v305 = "stablehlo.broadcast_in_dim"(%v302) {broadcast_dimensions = array<i64>} : (tensor<i1>) -> tensor<1x96xi1>
    %v306 = "stablehlo.or"(%v304, %v305) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v307 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v311 = "stablehlo.reduce"(%v298, %v307) ({
      ^bb0(%v308: tensor<f32>, %v309: tensor<f32>):
        %v310 = "stablehlo.maximum"(%v308, %v309) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v310) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v312 = "stablehlo.reshape"(%v311) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v313 = "stablehlo.broadcast_in_dim"(%v312) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v314 = "stablehlo.subtract"(%v298, %v313) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v315 = "stablehlo.exponential"(%v314) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v316 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v320 = "stablehlo.reduce"(%v315, %v316) ({
      ^bb0(%v317: tensor<f32>, %v318: tensor<f32>):
        %v319 = "stablehlo.add"(%v317, %v318) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v319) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v321 = "stablehlo.reshape"(%v320) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v322 = "stablehlo.broadcast_in_dim"(%v321) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v323 = "stablehlo.divide"(%v315, %v322) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v324 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v325 = "stablehlo.slice"(%v323) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v326 = "stablehlo.concatenate"(%v324, %v325) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v327 = "stablehlo.add"(%v323, %v326) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v328 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v329 = "stablehlo.slice"(%v327) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v330 = "stablehlo.concatenate"(%v328, %v329) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v331 = "stablehlo.add"(%v327, %v330) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v332 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v333 = "stablehlo.slice"(%v331) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v334 = "stablehlo.concatenate"(%v332, %v333) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v335 = "stablehlo.add"(%v331, %v334) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v336 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v337 = "stablehlo.slice"(%v335) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v338 = "stablehlo.concatenate"(%v336, %v337) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v339 = "stablehlo.add"(%v335, %v338) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v340 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v341 = "stablehlo.slice"(%v339) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v342 = "stablehlo.concatenate"(%v340, %v341) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v343 = "stablehlo.add"(%v339, %v342) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v344 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v345 = "stablehlo.slice"(%v343) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v346 = "stablehlo.concatenate"(%v344, %v345) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v347 = "stablehlo.add"(%v343, %v346) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v348 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v349 = "stablehlo.slice"(%v347) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v350 = "stablehlo.concatenate"(%v348, %v349) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v351 = "stablehlo.add"(%v347, %v350) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v352 = "stablehlo.subtract"(%v351, %v323) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v353 = "stablehlo.broadcast_in_dim"(%v24) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v354 = "stablehlo.compare"(%v352, %v353) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v355 = "stablehlo.and"(%v306, %v354) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v356, %v357 = "stablehlo.rng_bit_generator"(%v25) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<1x96xui32>)
    %v358 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v359 = "stablehlo.broadcast_in_dim"(%v358) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v360 = "stablehlo.shift_right_logical"(%v357, %v359) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v361 = "stablehlo.convert"(%v360) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v362 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v363 = "stablehlo.broadcast_in_dim"(%v362) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v364 = "stablehlo.add"(%v361, %v363) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v365 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v366 = "stablehlo.broadcast_in_dim"(%v365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v367 = "stablehlo.multiply"(%v364, %v366) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v368 = "stablehlo.log"(%v367) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v369 = "stablehlo.negate"(%v368) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v370 = "stablehlo.log"(%v369) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v371 = "stablehlo.negate"(%v370) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v372 = "stablehlo.add"(%v298, %v371) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v373 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v374 = "stablehlo.broadcast_in_dim"(%v373) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v375 = "stablehlo.select"(%v355, %v372, %v374) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v376 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v377 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v378 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v390, %v391 = "stablehlo.reduce"(%v375, %v376, %v377, %v378) ({
      ^bb0(%v379: tensor<f32>, %v380: tensor<i32>, %v381: tensor<f32>, %v382: tensor<i32>):
        %v383 = "stablehlo.compare"(%v381, %v379) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v384 = "stablehlo.compare"(%v381, %v379) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v385 = "stablehlo.compare"(%v382, %v380) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v386 = "stablehlo.and"(%v384, %v385) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v387 = "stablehlo.or"(%v383, %v386) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v388 = "stablehlo.select"(%v387, %v381, %v379) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v389 = "stablehlo.select"(%v387, %v382, %v380) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v388, %v389) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v392 = "stablehlo.reshape"(%v391) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v393 = "stablehlo.broadcast_in_dim"(%v392) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v394 = "stablehlo.compare"(%v300, %v393) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v395 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v396 = "stablehlo.broadcast_in_dim"(%v395) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v397 = "stablehlo.select"(%v394, %v299, %v396) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v398 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v402 = "stablehlo.reduce"(%v397, %v398) ({
      ^bb0(%v399: tensor<i32>, %v400: tensor<i32>):
        %v401 = "stablehlo.add"(%v399, %v400) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v401) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v403 = "stablehlo.reshape"(%v402) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v403, %v113, %v217, %v115, %v219, %v356) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) -> ()
  }
}
