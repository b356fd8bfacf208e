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
      %v16: tensor<1xi32> {xlagen.name = "start"},
      %v17: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v18: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v19: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v21: tensor<1xf32> {xlagen.name = "temperature"},
      %v22: tensor<1xi32> {xlagen.name = "top_k"},
      %v23: tensor<1xf32> {xlagen.name = "top_p"},
      %v24: tensor<1x3xui32> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v25 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v26 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v27 = "stablehlo.add"(%v25, %v26) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v28 = "stablehlo.convert"(%v27) : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %v29 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v30 = "stablehlo.reshape"(%v28) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v31 = "stablehlo.reshape"(%v29) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v32 = "stablehlo.broadcast_in_dim"(%v30) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %v33 = "stablehlo.multiply"(%v32, %v31) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %v34 = "stablehlo.concatenate"(%v33, %v33) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
    %v35 = "stablehlo.cosine"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v36 = "stablehlo.sine"(%v34) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v37 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
    %v38 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v39 = "stablehlo.broadcast_in_dim"(%v38) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
    %v40 = "stablehlo.add"(%v37, %v39) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v41 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
    %v42 = "stablehlo.compare"(%v41, %v40) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v43 = "stablehlo.subtract"(%v40, %v41) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v44 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v45 = "stablehlo.broadcast_in_dim"(%v44) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v46 = "stablehlo.compare"(%v43, %v45) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v47 = "stablehlo.and"(%v42, %v46) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v48 = "stablehlo.reshape"(%v47) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
    %v49 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
    %v50 = "stablehlo.multiply"(%v49, %v49) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v51 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v55 = "stablehlo.reduce"(%v50, %v51) ({
      ^bb0(%v52: tensor<f32>, %v53: tensor<f32>):
        %v54 = "stablehlo.add"(%v52, %v53) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v54) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v56 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v57 = "stablehlo.broadcast_in_dim"(%v56) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v58 = "stablehlo.divide"(%v55, %v57) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v59 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v60 = "stablehlo.broadcast_in_dim"(%v59) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v61 = "stablehlo.add"(%v58, %v60) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v62 = "stablehlo.rsqrt"(%v61) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v63 = "stablehlo.reshape"(%v62) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v64 = "stablehlo.broadcast_in_dim"(%v63) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v65 = "stablehlo.multiply"(%v49, %v64) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v66 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v67 = "stablehlo.multiply"(%v65, %v66) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v68 = "stablehlo.reshape"(%v67) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v69 = "stablehlo.dot_general"(%v2, %v68) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v70 = "stablehlo.transpose"(%v69) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v71 = "stablehlo.reshape"(%v70) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v72 = "stablehlo.slice"(%v71) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v73 = "stablehlo.reshape"(%v72) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v74 = "stablehlo.transpose"(%v73) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v75 = "stablehlo.slice"(%v74) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v76 = "stablehlo.slice"(%v74) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v77 = "stablehlo.negate"(%v76) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v78 = "stablehlo.concatenate"(%v77, %v75) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v79 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v80 = "stablehlo.reshape"(%v36) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v81 = "stablehlo.broadcast_in_dim"(%v79) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v82 = "stablehlo.multiply"(%v74, %v81) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v83 = "stablehlo.broadcast_in_dim"(%v80) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v84 = "stablehlo.multiply"(%v78, %v83) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v85 = "stablehlo.add"(%v82, %v84) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v86 = "stablehlo.slice"(%v71) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v87 = "stablehlo.reshape"(%v86) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v88 = "stablehlo.transpose"(%v87) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v89 = "stablehlo.slice"(%v88) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v90 = "stablehlo.slice"(%v88) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v91 = "stablehlo.negate"(%v90) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v92 = "stablehlo.concatenate"(%v91, %v89) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v93 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v94 = "stablehlo.reshape"(%v36) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v95 = "stablehlo.broadcast_in_dim"(%v93) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v96 = "stablehlo.multiply"(%v88, %v95) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v97 = "stablehlo.broadcast_in_dim"(%v94) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v98 = "stablehlo.multiply"(%v92, %v97) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v99 = "stablehlo.add"(%v96, %v98) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v100 = "stablehlo.slice"(%v71) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v101 = "stablehlo.reshape"(%v100) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v102 = "stablehlo.transpose"(%v101) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v103 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v104 = "stablehlo.reshape"(%v99) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v105 = "stablehlo.reshape"(%v102) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v106 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v107 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v108 = "stablehlo.reshape"(%v107) : (tensor<1xi32>) -> tensor<i32>
    %v109 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %v110 = "stablehlo.dynamic_update_slice"(%v17, %v109, %v106, %v108, %v103) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v111 = "stablehlo.slice"(%v105) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %v112 = "stablehlo.dynamic_update_slice"(%v19, %v111, %v106, %v108, %v103) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v113 = "stablehlo.reshape"(%v85) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v114 = "stablehlo.reshape"(%v113) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v115 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v116 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
    %v117 = "stablehlo.reshape"(%v114) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %v118 = "stablehlo.custom_call"(%v117, %v110, %v112, %v16, %v116, %v115) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
    %v119 = "stablehlo.reshape"(%v118) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v120 = "stablehlo.reshape"(%v119) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v123 = "stablehlo.reshape"(%v122) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v124 = "stablehlo.dot_general"(%v3, %v123) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v125 = "stablehlo.transpose"(%v124) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v126 = "stablehlo.reshape"(%v125) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v127 = "stablehlo.add"(%v49, %v126) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
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
    %v189 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v190 = "stablehlo.reshape"(%v36) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
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
    %v203 = "stablehlo.reshape"(%v35) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v204 = "stablehlo.reshape"(%v36) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
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
    %v215 = "stablehlo.reshape"(%v212) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v216 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v217 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v218 = "stablehlo.reshape"(%v217) : (tensor<1xi32>) -> tensor<i32>
    %v219 = "stablehlo.slice"(%v214) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %v220 = "stablehlo.dynamic_update_slice"(%v18, %v219, %v216, %v218, %v213) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v221 = "stablehlo.slice"(%v215) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %v222 = "stablehlo.dynamic_update_slice"(%v20, %v221, %v216, %v218, %v213) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v223 = "stablehlo.reshape"(%v195) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v224 = "stablehlo.reshape"(%v223) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v225 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v226 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
    %v227 = "stablehlo.reshape"(%v224) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %v228 = "stablehlo.custom_call"(%v227, %v220, %v222, %v16, %v226, %v225) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
    %v229 = "stablehlo.reshape"(%v228) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v230 = "stablehlo.reshape"(%v229) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v231 = "stablehlo.transpose"(%v230) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v232 = "stablehlo.reshape"(%v231) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v233 = "stablehlo.reshape"(%v232) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v234 = "stablehlo.dot_general"(%v9, %v233) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v235 = "stablehlo.transpose"(%v234) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v236 = "stablehlo.reshape"(%v235) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v237 = "stablehlo.add"(%v159, %v236) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v238 = "stablehlo.multiply"(%v237, %v237) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v239 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v243 = "stablehlo.reduce"(%v238, %v239) ({
      ^bb0(%v240: tensor<f32>, %v241: tensor<f32>):
        %v242 = "stablehlo.add"(%v240, %v241) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v242) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v244 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v245 = "stablehlo.broadcast_in_dim"(%v244) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v246 = "stablehlo.divide"(%v243, %v245) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v247 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v248 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v249 = "stablehlo.add"(%v246, %v248) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v250 = "stablehlo.rsqrt"(%v249) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v251 = "stablehlo.reshape"(%v250) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v252 = "stablehlo.broadcast_in_dim"(%v251) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v253 = "stablehlo.multiply"(%v237, %v252) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v254 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v255 = "stablehlo.multiply"(%v253, %v254) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v256 = "stablehlo.reshape"(%v255) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v257 = "stablehlo.dot_general"(%v11, %v256) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v258 = "stablehlo.transpose"(%v257) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v259 = "stablehlo.reshape"(%v258) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v260 = "stablehlo.slice"(%v259) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v261 = "stablehlo.slice"(%v259) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v262 = "stablehlo.logistic"(%v260) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v263 = "stablehlo.multiply"(%v260, %v262) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v264 = "stablehlo.multiply"(%v263, %v261) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v265 = "stablehlo.reshape"(%v264) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v266 = "stablehlo.dot_general"(%v12, %v265) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v267 = "stablehlo.transpose"(%v266) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v268 = "stablehlo.reshape"(%v267) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v269 = "stablehlo.add"(%v237, %v268) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v270 = "stablehlo.multiply"(%v269, %v269) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v271 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v275 = "stablehlo.reduce"(%v270, %v271) ({
      ^bb0(%v272: tensor<f32>, %v273: tensor<f32>):
        %v274 = "stablehlo.add"(%v272, %v273) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v274) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v276 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v277 = "stablehlo.broadcast_in_dim"(%v276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v278 = "stablehlo.divide"(%v275, %v277) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v279 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v280 = "stablehlo.broadcast_in_dim"(%v279) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v281 = "stablehlo.add"(%v278, %v280) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v282 = "stablehlo.rsqrt"(%v281) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v283 = "stablehlo.reshape"(%v282) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v284 = "stablehlo.broadcast_in_dim"(%v283) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v285 = "stablehlo.multiply"(%v269, %v284) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v286 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v287 = "stablehlo.multiply"(%v285, %v286) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v288 = "stablehlo.reshape"(%v287) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v289 = "stablehlo.dot_general"(%v14, %v288) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v290 = "stablehlo.transpose"(%v289) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v291 = "stablehlo.reshape"(%v290) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v292 = "stablehlo.reshape"(%v291) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v293 = "stablehlo.reshape"(%v21) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v294 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v295 = "stablehlo.broadcast_in_dim"(%v294) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v296 = "stablehlo.compare"(%v293, %v295) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v297 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v298 = "stablehlo.broadcast_in_dim"(%v297) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v299 = "stablehlo.select"(%v296, %v298, %v293) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v300 = "stablehlo.broadcast_in_dim"(%v299) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v301 = "stablehlo.divide"(%v292, %v300) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v302 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v308, %v309 = "stablehlo.sort"(%v301, %v302) ({
      ^bb0(%v303: tensor<f32>, %v304: tensor<f32>, %v305: tensor<i32>, %v306: tensor<i32>):
        %v307 = "stablehlo.compare"(%v303, %v304) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v307) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v310 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v311 = "stablehlo.reshape"(%v22) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v312 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v313 = "stablehlo.broadcast_in_dim"(%v312) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v314 = "stablehlo.compare"(%v311, %v313) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v315 = "stablehlo.broadcast_in_dim"(%v311) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v316 = "stablehlo.compare"(%v310, %v315) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v317 = "stablehlo.broadcast_in_dim"(%v314) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x96xi1>
    %v318 = "stablehlo.or"(%v316, %v317) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v319 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v323 = "stablehlo.reduce"(%v308, %v319) ({
      ^bb0(%v320: tensor<f32>, %v321: tensor<f32>):
        %v322 = "stablehlo.maximum"(%v320, %v321) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v322) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v324 = "stablehlo.reshape"(%v323) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v325 = "stablehlo.broadcast_in_dim"(%v324) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v326 = "stablehlo.subtract"(%v308, %v325) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v327 = "stablehlo.exponential"(%v326) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v328 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v332 = "stablehlo.reduce"(%v327, %v328) ({
      ^bb0(%v329: tensor<f32>, %v330: tensor<f32>):
        %v331 = "stablehlo.add"(%v329, %v330) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v331) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v333 = "stablehlo.reshape"(%v332) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v334 = "stablehlo.broadcast_in_dim"(%v333) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v335 = "stablehlo.divide"(%v327, %v334) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v336 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v337 = "stablehlo.slice"(%v335) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v338 = "stablehlo.concatenate"(%v336, %v337) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v339 = "stablehlo.add"(%v335, %v338) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v340 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v341 = "stablehlo.slice"(%v339) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v342 = "stablehlo.concatenate"(%v340, %v341) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v343 = "stablehlo.add"(%v339, %v342) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v344 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v345 = "stablehlo.slice"(%v343) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v346 = "stablehlo.concatenate"(%v344, %v345) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v347 = "stablehlo.add"(%v343, %v346) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v348 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v349 = "stablehlo.slice"(%v347) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v350 = "stablehlo.concatenate"(%v348, %v349) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v351 = "stablehlo.add"(%v347, %v350) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v352 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v353 = "stablehlo.slice"(%v351) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v354 = "stablehlo.concatenate"(%v352, %v353) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v355 = "stablehlo.add"(%v351, %v354) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v356 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v357 = "stablehlo.slice"(%v355) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v358 = "stablehlo.concatenate"(%v356, %v357) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v359 = "stablehlo.add"(%v355, %v358) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v360 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v361 = "stablehlo.slice"(%v359) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v362 = "stablehlo.concatenate"(%v360, %v361) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v363 = "stablehlo.add"(%v359, %v362) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v364 = "stablehlo.subtract"(%v363, %v335) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v365 = "stablehlo.reshape"(%v23) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v366 = "stablehlo.broadcast_in_dim"(%v365) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v367 = "stablehlo.compare"(%v364, %v366) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v368 = "stablehlo.and"(%v318, %v367) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v369 = "stablehlo.slice"(%v24) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v370 = "stablehlo.slice"(%v24) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v371 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v372 = "stablehlo.broadcast_in_dim"(%v371) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v373 = "stablehlo.xor"(%v369, %v372) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v374 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v375 = "stablehlo.broadcast_in_dim"(%v374) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v376 = "stablehlo.shift_right_logical"(%v373, %v375) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v377 = "stablehlo.xor"(%v373, %v376) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v378 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v379 = "stablehlo.broadcast_in_dim"(%v378) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v380 = "stablehlo.multiply"(%v377, %v379) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v381 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v382 = "stablehlo.broadcast_in_dim"(%v381) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v383 = "stablehlo.shift_right_logical"(%v380, %v382) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v384 = "stablehlo.xor"(%v380, %v383) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v385 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v386 = "stablehlo.broadcast_in_dim"(%v385) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v387 = "stablehlo.multiply"(%v384, %v386) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v388 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v389 = "stablehlo.broadcast_in_dim"(%v388) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v390 = "stablehlo.shift_right_logical"(%v387, %v389) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v391 = "stablehlo.xor"(%v387, %v390) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v392 = "stablehlo.slice"(%v24) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v393 = "stablehlo.xor"(%v391, %v392) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v394 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v395 = "stablehlo.broadcast_in_dim"(%v394) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v396 = "stablehlo.shift_right_logical"(%v393, %v395) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v397 = "stablehlo.xor"(%v393, %v396) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v398 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v399 = "stablehlo.broadcast_in_dim"(%v398) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v400 = "stablehlo.multiply"(%v397, %v399) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v401 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v402 = "stablehlo.broadcast_in_dim"(%v401) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v403 = "stablehlo.shift_right_logical"(%v400, %v402) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v404 = "stablehlo.xor"(%v400, %v403) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v405 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v406 = "stablehlo.broadcast_in_dim"(%v405) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v407 = "stablehlo.multiply"(%v404, %v406) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v408 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v409 = "stablehlo.broadcast_in_dim"(%v408) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v410 = "stablehlo.shift_right_logical"(%v407, %v409) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v411 = "stablehlo.xor"(%v407, %v410) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v412 = "stablehlo.slice"(%v24) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v413 = "stablehlo.xor"(%v411, %v412) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v414 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v415 = "stablehlo.broadcast_in_dim"(%v414) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v416 = "stablehlo.shift_right_logical"(%v413, %v415) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v417 = "stablehlo.xor"(%v413, %v416) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v418 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v419 = "stablehlo.broadcast_in_dim"(%v418) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v420 = "stablehlo.multiply"(%v417, %v419) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v421 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v422 = "stablehlo.broadcast_in_dim"(%v421) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v423 = "stablehlo.shift_right_logical"(%v420, %v422) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v424 = "stablehlo.xor"(%v420, %v423) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v425 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v426 = "stablehlo.broadcast_in_dim"(%v425) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v427 = "stablehlo.multiply"(%v424, %v426) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v428 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v429 = "stablehlo.broadcast_in_dim"(%v428) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v430 = "stablehlo.shift_right_logical"(%v427, %v429) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v431 = "stablehlo.xor"(%v427, %v430) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v432 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v433 = "stablehlo.broadcast_in_dim"(%v431) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v434 = "stablehlo.xor"(%v432, %v433) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v435 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v436 = "stablehlo.broadcast_in_dim"(%v435) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v437 = "stablehlo.shift_right_logical"(%v434, %v436) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v438 = "stablehlo.xor"(%v434, %v437) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v439 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v440 = "stablehlo.broadcast_in_dim"(%v439) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v441 = "stablehlo.multiply"(%v438, %v440) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v442 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v443 = "stablehlo.broadcast_in_dim"(%v442) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v444 = "stablehlo.shift_right_logical"(%v441, %v443) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v445 = "stablehlo.xor"(%v441, %v444) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v446 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v447 = "stablehlo.broadcast_in_dim"(%v446) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v448 = "stablehlo.multiply"(%v445, %v447) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v449 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v450 = "stablehlo.broadcast_in_dim"(%v449) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v451 = "stablehlo.shift_right_logical"(%v448, %v450) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v452 = "stablehlo.xor"(%v448, %v451) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v453 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v454 = "stablehlo.broadcast_in_dim"(%v453) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v455 = "stablehlo.add"(%v452, %v454) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v456 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v457 = "stablehlo.broadcast_in_dim"(%v456) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v458 = "stablehlo.shift_right_logical"(%v455, %v457) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v459 = "stablehlo.xor"(%v455, %v458) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v460 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v461 = "stablehlo.broadcast_in_dim"(%v460) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v462 = "stablehlo.multiply"(%v459, %v461) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v463 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v464 = "stablehlo.broadcast_in_dim"(%v463) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v465 = "stablehlo.shift_right_logical"(%v462, %v464) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v466 = "stablehlo.xor"(%v462, %v465) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v467 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v468 = "stablehlo.broadcast_in_dim"(%v467) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v469 = "stablehlo.multiply"(%v466, %v468) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v470 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v471 = "stablehlo.broadcast_in_dim"(%v470) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v472 = "stablehlo.shift_right_logical"(%v469, %v471) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v473 = "stablehlo.xor"(%v469, %v472) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v474 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v475 = "stablehlo.broadcast_in_dim"(%v474) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v476 = "stablehlo.shift_right_logical"(%v473, %v475) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v477 = "stablehlo.convert"(%v476) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v478 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v479 = "stablehlo.broadcast_in_dim"(%v478) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v480 = "stablehlo.add"(%v477, %v479) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v481 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v482 = "stablehlo.broadcast_in_dim"(%v481) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v483 = "stablehlo.multiply"(%v480, %v482) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v484 = "stablehlo.log"(%v483) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v485 = "stablehlo.negate"(%v484) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v486 = "stablehlo.log"(%v485) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v487 = "stablehlo.negate"(%v486) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v488 = "stablehlo.add"(%v308, %v487) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v489 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v490 = "stablehlo.broadcast_in_dim"(%v489) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v491 = "stablehlo.select"(%v368, %v488, %v490) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v492 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v493 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v494 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v506, %v507 = "stablehlo.reduce"(%v491, %v492, %v493, %v494) ({
      ^bb0(%v495: tensor<f32>, %v496: tensor<i32>, %v497: tensor<f32>, %v498: tensor<i32>):
        %v499 = "stablehlo.compare"(%v497, %v495) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v500 = "stablehlo.compare"(%v497, %v495) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v501 = "stablehlo.compare"(%v498, %v496) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v502 = "stablehlo.and"(%v500, %v501) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v503 = "stablehlo.or"(%v499, %v502) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v504 = "stablehlo.select"(%v503, %v497, %v495) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v505 = "stablehlo.select"(%v503, %v498, %v496) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v504, %v505) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v508 = "stablehlo.reshape"(%v507) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v509 = "stablehlo.broadcast_in_dim"(%v508) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v510 = "stablehlo.compare"(%v310, %v509) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v511 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v512 = "stablehlo.broadcast_in_dim"(%v511) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v513 = "stablehlo.select"(%v510, %v309, %v512) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v514 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v518 = "stablehlo.reduce"(%v513, %v514) ({
      ^bb0(%v515: tensor<i32>, %v516: tensor<i32>):
        %v517 = "stablehlo.add"(%v515, %v516) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v517) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v519 = "stablehlo.reshape"(%v296) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v520 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v521 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v522 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v534, %v535 = "stablehlo.reduce"(%v292, %v520, %v521, %v522) ({
      ^bb0(%v523: tensor<f32>, %v524: tensor<i32>, %v525: tensor<f32>, %v526: tensor<i32>):
        %v527 = "stablehlo.compare"(%v525, %v523) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v528 = "stablehlo.compare"(%v525, %v523) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v529 = "stablehlo.compare"(%v526, %v524) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v530 = "stablehlo.and"(%v528, %v529) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v531 = "stablehlo.or"(%v527, %v530) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v532 = "stablehlo.select"(%v531, %v525, %v523) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v533 = "stablehlo.select"(%v531, %v526, %v524) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v532, %v533) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v536 = "stablehlo.select"(%v519, %v535, %v518) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v537 = "stablehlo.reshape"(%v536) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v537, %v110, %v220, %v112, %v222) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
