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
    %v119 = "stablehlo.custom_call"(%v117, %v113, %v115, %v16, %v17, %v118) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_decode_attention"} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16xf32>
    %v120 = "stablehlo.reshape"(%v119) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v123 = "stablehlo.reshape"(%v122) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v124 = "stablehlo.dot_general"(%v3, %v123) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v125 = "stablehlo.transpose"(%v124) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v126 = "stablehlo.reshape"(%v125) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v127 = "stablehlo.add"(%v57, %v126) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v128 = "stablehlo.multiply"(%v127, %v127) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v129 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v133 = "stablehlo.reduce"(%v128, %v129) ({
      ^bb0(%v130: tensor<f32>, %v131: tensor<f32>):
        %v132 = "stablehlo.add"(%v130, %v131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v132) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v134 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v135 = "stablehlo.broadcast_in_dim"(%v134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v136 = "stablehlo.divide"(%v133, %v135) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v137 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v138 = "stablehlo.broadcast_in_dim"(%v137) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v139 = "stablehlo.add"(%v136, %v138) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v140 = "stablehlo.rsqrt"(%v139) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v141 = "stablehlo.reshape"(%v140) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v142 = "stablehlo.broadcast_in_dim"(%v141) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v143 = "stablehlo.multiply"(%v127, %v142) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v144 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v145 = "stablehlo.multiply"(%v143, %v144) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v146 = "stablehlo.reshape"(%v145) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v147 = "stablehlo.dot_general"(%v5, %v146) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v148 = "stablehlo.transpose"(%v147) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v149 = "stablehlo.reshape"(%v148) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v150 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v151 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v152 = "stablehlo.logistic"(%v150) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v153 = "stablehlo.multiply"(%v150, %v152) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v154 = "stablehlo.multiply"(%v153, %v151) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v156 = "stablehlo.dot_general"(%v6, %v155) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v157 = "stablehlo.transpose"(%v156) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v158 = "stablehlo.reshape"(%v157) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v159 = "stablehlo.add"(%v127, %v158) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v160 = "stablehlo.multiply"(%v159, %v159) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v161 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v165 = "stablehlo.reduce"(%v160, %v161) ({
      ^bb0(%v162: tensor<f32>, %v163: tensor<f32>):
        %v164 = "stablehlo.add"(%v162, %v163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v164) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v166 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v167 = "stablehlo.broadcast_in_dim"(%v166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v168 = "stablehlo.divide"(%v165, %v167) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v169 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v171 = "stablehlo.add"(%v168, %v170) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v172 = "stablehlo.rsqrt"(%v171) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v173 = "stablehlo.reshape"(%v172) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v174 = "stablehlo.broadcast_in_dim"(%v173) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v175 = "stablehlo.multiply"(%v159, %v174) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v176 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v177 = "stablehlo.multiply"(%v175, %v176) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v178 = "stablehlo.reshape"(%v177) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v179 = "stablehlo.dot_general"(%v8, %v178) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v180 = "stablehlo.transpose"(%v179) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v181 = "stablehlo.reshape"(%v180) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v182 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v183 = "stablehlo.reshape"(%v182) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v184 = "stablehlo.transpose"(%v183) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v185 = "stablehlo.slice"(%v184) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v186 = "stablehlo.slice"(%v184) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v187 = "stablehlo.negate"(%v186) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v188 = "stablehlo.concatenate"(%v187, %v185) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v189 = "stablehlo.reshape"(%v38) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v190 = "stablehlo.reshape"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v191 = "stablehlo.broadcast_in_dim"(%v189) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v192 = "stablehlo.multiply"(%v184, %v191) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v193 = "stablehlo.broadcast_in_dim"(%v190) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v194 = "stablehlo.multiply"(%v188, %v193) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v195 = "stablehlo.add"(%v192, %v194) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v196 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v197 = "stablehlo.reshape"(%v196) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v198 = "stablehlo.transpose"(%v197) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v199 = "stablehlo.slice"(%v198) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v200 = "stablehlo.slice"(%v198) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v201 = "stablehlo.negate"(%v200) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v202 = "stablehlo.concatenate"(%v201, %v199) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v203 = "stablehlo.reshape"(%v38) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v204 = "stablehlo.reshape"(%v39) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v205 = "stablehlo.broadcast_in_dim"(%v203) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v206 = "stablehlo.multiply"(%v198, %v205) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v207 = "stablehlo.broadcast_in_dim"(%v204) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v208 = "stablehlo.multiply"(%v202, %v207) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v209 = "stablehlo.add"(%v206, %v208) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v210 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v211 = "stablehlo.reshape"(%v210) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v212 = "stablehlo.transpose"(%v211) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v213 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v214 = "stablehlo.reshape"(%v209) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v215 = "stablehlo.dynamic_update_slice"(%v19, %v214, %v213, %v16, %v213) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v216 = "stablehlo.reshape"(%v212) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v217 = "stablehlo.dynamic_update_slice"(%v21, %v216, %v213, %v16, %v213) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v218 = "stablehlo.reshape"(%v195) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v219 = "stablehlo.reshape"(%v218) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v220 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v221 = "stablehlo.custom_call"(%v219, %v215, %v217, %v16, %v17, %v220) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_decode_attention"} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<i32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16xf32>
    %v222 = "stablehlo.reshape"(%v221) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v223 = "stablehlo.transpose"(%v222) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v224 = "stablehlo.reshape"(%v223) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v225 = "stablehlo.reshape"(%v224) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v226 = "stablehlo.dot_general"(%v9, %v225) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v227 = "stablehlo.transpose"(%v226) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v228 = "stablehlo.reshape"(%v227) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v229 = "stablehlo.add"(%v159, %v228) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v230 = "stablehlo.multiply"(%v229, %v229) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v231 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v235 = "stablehlo.reduce"(%v230, %v231) ({
      ^bb0(%v232: tensor<f32>, %v233: tensor<f32>):
        %v234 = "stablehlo.add"(%v232, %v233) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v234) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v236 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v237 = "stablehlo.broadcast_in_dim"(%v236) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v238 = "stablehlo.divide"(%v235, %v237) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v239 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v240 = "stablehlo.broadcast_in_dim"(%v239) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v241 = "stablehlo.add"(%v238, %v240) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v242 = "stablehlo.rsqrt"(%v241) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v243 = "stablehlo.reshape"(%v242) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v244 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v245 = "stablehlo.multiply"(%v229, %v244) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v246 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v247 = "stablehlo.multiply"(%v245, %v246) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v248 = "stablehlo.reshape"(%v247) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v249 = "stablehlo.dot_general"(%v11, %v248) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v250 = "stablehlo.transpose"(%v249) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v251 = "stablehlo.reshape"(%v250) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v252 = "stablehlo.slice"(%v251) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v253 = "stablehlo.slice"(%v251) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v254 = "stablehlo.logistic"(%v252) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v255 = "stablehlo.multiply"(%v252, %v254) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v256 = "stablehlo.multiply"(%v255, %v253) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v257 = "stablehlo.reshape"(%v256) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v258 = "stablehlo.dot_general"(%v12, %v257) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v259 = "stablehlo.transpose"(%v258) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v260 = "stablehlo.reshape"(%v259) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v261 = "stablehlo.add"(%v229, %v260) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v262 = "stablehlo.multiply"(%v261, %v261) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v263 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v267 = "stablehlo.reduce"(%v262, %v263) ({
      ^bb0(%v264: tensor<f32>, %v265: tensor<f32>):
        %v266 = "stablehlo.add"(%v264, %v265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v266) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v268 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v269 = "stablehlo.broadcast_in_dim"(%v268) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v270 = "stablehlo.divide"(%v267, %v269) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v271 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v272 = "stablehlo.broadcast_in_dim"(%v271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v273 = "stablehlo.add"(%v270, %v272) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v274 = "stablehlo.rsqrt"(%v273) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v275 = "stablehlo.reshape"(%v274) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v276 = "stablehlo.broadcast_in_dim"(%v275) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v277 = "stablehlo.multiply"(%v261, %v276) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v278 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v279 = "stablehlo.multiply"(%v277, %v278) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v280 = "stablehlo.slice"(%v279) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v282 = "stablehlo.dot_general"(%v14, %v281) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v283 = "stablehlo.transpose"(%v282) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v284 = "stablehlo.reshape"(%v283) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v285 = "stablehlo.reshape"(%v284) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v286 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v287 = "stablehlo.divide"(%v285, %v286) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v288 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v294, %v295 = "stablehlo.sort"(%v287, %v288) ({
      ^bb0(%v289: tensor<f32>, %v290: tensor<f32>, %v291: tensor<i32>, %v292: tensor<i32>):
        %v293 = "stablehlo.compare"(%v289, %v290) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v293) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v296 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v297 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v298 = "stablehlo.compare"(%v23, %v297) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %v299 = "stablehlo.broadcast_in_dim"(%v23) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v300 = "stablehlo.compare"(%v296, %v299) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v301 = "stablehlo.broadcast_in_dim"(%v298) {broadcast_dimensions = array<i64>} : (tensor<i1>) -> tensor<1x96xi1>
    %v302 = "stablehlo.or"(%v300, %v301) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v303 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v307 = "stablehlo.reduce"(%v294, %v303) ({
      ^bb0(%v304: tensor<f32>, %v305: tensor<f32>):
        %v306 = "stablehlo.maximum"(%v304, %v305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v306) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v308 = "stablehlo.reshape"(%v307) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v309 = "stablehlo.broadcast_in_dim"(%v308) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v310 = "stablehlo.subtract"(%v294, %v309) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v311 = "stablehlo.exponential"(%v310) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v312 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v316 = "stablehlo.reduce"(%v311, %v312) ({
      ^bb0(%v313: tensor<f32>, %v314: tensor<f32>):
        %v315 = "stablehlo.add"(%v313, %v314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v315) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v317 = "stablehlo.reshape"(%v316) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v318 = "stablehlo.broadcast_in_dim"(%v317) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v319 = "stablehlo.divide"(%v311, %v318) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v320 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v321 = "stablehlo.slice"(%v319) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v322 = "stablehlo.concatenate"(%v320, %v321) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v323 = "stablehlo.add"(%v319, %v322) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v324 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v325 = "stablehlo.slice"(%v323) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v326 = "stablehlo.concatenate"(%v324, %v325) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v327 = "stablehlo.add"(%v323, %v326) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v328 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v329 = "stablehlo.slice"(%v327) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v330 = "stablehlo.concatenate"(%v328, %v329) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v331 = "stablehlo.add"(%v327, %v330) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v332 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v333 = "stablehlo.slice"(%v331) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v334 = "stablehlo.concatenate"(%v332, %v333) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v335 = "stablehlo.add"(%v331, %v334) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v336 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v337 = "stablehlo.slice"(%v335) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v338 = "stablehlo.concatenate"(%v336, %v337) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v339 = "stablehlo.add"(%v335, %v338) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v340 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v341 = "stablehlo.slice"(%v339) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v342 = "stablehlo.concatenate"(%v340, %v341) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v343 = "stablehlo.add"(%v339, %v342) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v344 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v345 = "stablehlo.slice"(%v343) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v346 = "stablehlo.concatenate"(%v344, %v345) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v347 = "stablehlo.add"(%v343, %v346) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v348 = "stablehlo.subtract"(%v347, %v319) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v349 = "stablehlo.broadcast_in_dim"(%v24) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v350 = "stablehlo.compare"(%v348, %v349) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v351 = "stablehlo.and"(%v302, %v350) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v352, %v353 = "stablehlo.rng_bit_generator"(%v25) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<1x96xui32>)
    %v354 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v355 = "stablehlo.broadcast_in_dim"(%v354) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v356 = "stablehlo.shift_right_logical"(%v353, %v355) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v357 = "stablehlo.convert"(%v356) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v358 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v359 = "stablehlo.broadcast_in_dim"(%v358) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v360 = "stablehlo.add"(%v357, %v359) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v361 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v362 = "stablehlo.broadcast_in_dim"(%v361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v363 = "stablehlo.multiply"(%v360, %v362) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v364 = "stablehlo.log"(%v363) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v365 = "stablehlo.negate"(%v364) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v366 = "stablehlo.log"(%v365) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v367 = "stablehlo.negate"(%v366) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v368 = "stablehlo.add"(%v294, %v367) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v369 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v370 = "stablehlo.broadcast_in_dim"(%v369) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v371 = "stablehlo.select"(%v351, %v368, %v370) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v372 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v373 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v374 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v386, %v387 = "stablehlo.reduce"(%v371, %v372, %v373, %v374) ({
      ^bb0(%v375: tensor<f32>, %v376: tensor<i32>, %v377: tensor<f32>, %v378: tensor<i32>):
        %v379 = "stablehlo.compare"(%v377, %v375) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v380 = "stablehlo.compare"(%v377, %v375) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v381 = "stablehlo.compare"(%v378, %v376) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v382 = "stablehlo.and"(%v380, %v381) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v383 = "stablehlo.or"(%v379, %v382) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v384 = "stablehlo.select"(%v383, %v377, %v375) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v385 = "stablehlo.select"(%v383, %v378, %v376) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v384, %v385) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v388 = "stablehlo.reshape"(%v387) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v389 = "stablehlo.broadcast_in_dim"(%v388) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v390 = "stablehlo.compare"(%v296, %v389) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v391 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v392 = "stablehlo.broadcast_in_dim"(%v391) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v393 = "stablehlo.select"(%v390, %v295, %v392) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v394 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v398 = "stablehlo.reduce"(%v393, %v394) ({
      ^bb0(%v395: tensor<i32>, %v396: tensor<i32>):
        %v397 = "stablehlo.add"(%v395, %v396) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v397) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v399 = "stablehlo.reshape"(%v398) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v399, %v113, %v215, %v115, %v217, %v352) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2xui64>) -> ()
  }
}
