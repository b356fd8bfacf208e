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
      %v16: tensor<1xi32> {xlagen.name = "start"},
      %v17: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v18: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v19: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v21 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v22 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v23 = "stablehlo.add"(%v21, %v22) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v24 = "stablehlo.convert"(%v23) : (tensor<1x1xi32>) -> tensor<1x1xf32>
    %v25 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v26 = "stablehlo.reshape"(%v24) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v27 = "stablehlo.reshape"(%v25) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v28 = "stablehlo.broadcast_in_dim"(%v26) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
    %v29 = "stablehlo.multiply"(%v28, %v27) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
    %v30 = "stablehlo.concatenate"(%v29, %v29) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
    %v31 = "stablehlo.cosine"(%v30) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v32 = "stablehlo.sine"(%v30) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
    %v33 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
    %v34 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v35 = "stablehlo.broadcast_in_dim"(%v34) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
    %v36 = "stablehlo.add"(%v33, %v35) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v37 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
    %v38 = "stablehlo.compare"(%v37, %v36) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v39 = "stablehlo.subtract"(%v36, %v37) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
    %v40 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v41 = "stablehlo.broadcast_in_dim"(%v40) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
    %v42 = "stablehlo.compare"(%v39, %v41) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
    %v43 = "stablehlo.and"(%v38, %v42) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
    %v44 = "stablehlo.reshape"(%v43) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
    %v45 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
    %v46 = "stablehlo.multiply"(%v45, %v45) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v47 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v51 = "stablehlo.reduce"(%v46, %v47) ({
      ^bb0(%v48: tensor<f32>, %v49: tensor<f32>):
        %v50 = "stablehlo.add"(%v48, %v49) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v50) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v52 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v53 = "stablehlo.broadcast_in_dim"(%v52) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v54 = "stablehlo.divide"(%v51, %v53) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v55 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v56 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v57 = "stablehlo.add"(%v54, %v56) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v58 = "stablehlo.rsqrt"(%v57) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v59 = "stablehlo.reshape"(%v58) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v60 = "stablehlo.broadcast_in_dim"(%v59) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v61 = "stablehlo.multiply"(%v45, %v60) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v62 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v63 = "stablehlo.multiply"(%v61, %v62) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v64 = "stablehlo.reshape"(%v63) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v65 = "stablehlo.dot_general"(%v2, %v64) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v66 = "stablehlo.transpose"(%v65) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v67 = "stablehlo.reshape"(%v66) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v68 = "stablehlo.slice"(%v67) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v69 = "stablehlo.reshape"(%v68) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v70 = "stablehlo.transpose"(%v69) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v71 = "stablehlo.slice"(%v70) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v72 = "stablehlo.slice"(%v70) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v73 = "stablehlo.negate"(%v72) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v74 = "stablehlo.concatenate"(%v73, %v71) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v75 = "stablehlo.reshape"(%v31) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v76 = "stablehlo.reshape"(%v32) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v77 = "stablehlo.broadcast_in_dim"(%v75) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v78 = "stablehlo.multiply"(%v70, %v77) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v79 = "stablehlo.broadcast_in_dim"(%v76) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v80 = "stablehlo.multiply"(%v74, %v79) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v81 = "stablehlo.add"(%v78, %v80) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v82 = "stablehlo.slice"(%v67) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v83 = "stablehlo.reshape"(%v82) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v84 = "stablehlo.transpose"(%v83) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v85 = "stablehlo.slice"(%v84) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v86 = "stablehlo.slice"(%v84) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v87 = "stablehlo.negate"(%v86) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v88 = "stablehlo.concatenate"(%v87, %v85) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v89 = "stablehlo.reshape"(%v31) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v90 = "stablehlo.reshape"(%v32) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v91 = "stablehlo.broadcast_in_dim"(%v89) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v92 = "stablehlo.multiply"(%v84, %v91) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v93 = "stablehlo.broadcast_in_dim"(%v90) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v94 = "stablehlo.multiply"(%v88, %v93) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v95 = "stablehlo.add"(%v92, %v94) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v96 = "stablehlo.slice"(%v67) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v97 = "stablehlo.reshape"(%v96) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v98 = "stablehlo.transpose"(%v97) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v99 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v100 = "stablehlo.reshape"(%v95) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v101 = "stablehlo.reshape"(%v98) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v102 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v103 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v104 = "stablehlo.reshape"(%v103) : (tensor<1xi32>) -> tensor<i32>
    %v105 = "stablehlo.slice"(%v100) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %v106 = "stablehlo.dynamic_update_slice"(%v17, %v105, %v102, %v104, %v99) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v107 = "stablehlo.slice"(%v101) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %v108 = "stablehlo.dynamic_update_slice"(%v19, %v107, %v102, %v104, %v99) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v109 = "stablehlo.reshape"(%v81) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v110 = "stablehlo.reshape"(%v109) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v111 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v112 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
    %v113 = "stablehlo.reshape"(%v110) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %v114 = "stablehlo.custom_call"(%v113, %v106, %v108, %v16, %v112, %v111) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
    %v115 = "stablehlo.reshape"(%v114) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v116 = "stablehlo.reshape"(%v115) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v117 = "stablehlo.transpose"(%v116) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v118 = "stablehlo.reshape"(%v117) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v119 = "stablehlo.reshape"(%v118) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v120 = "stablehlo.dot_general"(%v3, %v119) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v123 = "stablehlo.add"(%v45, %v122) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v124 = "stablehlo.multiply"(%v123, %v123) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v125 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v129 = "stablehlo.reduce"(%v124, %v125) ({
      ^bb0(%v126: tensor<f32>, %v127: tensor<f32>):
        %v128 = "stablehlo.add"(%v126, %v127) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v128) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v130 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v131 = "stablehlo.broadcast_in_dim"(%v130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v132 = "stablehlo.divide"(%v129, %v131) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v133 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v134 = "stablehlo.broadcast_in_dim"(%v133) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v135 = "stablehlo.add"(%v132, %v134) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v136 = "stablehlo.rsqrt"(%v135) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v137 = "stablehlo.reshape"(%v136) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v138 = "stablehlo.broadcast_in_dim"(%v137) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v139 = "stablehlo.multiply"(%v123, %v138) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v140 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v141 = "stablehlo.multiply"(%v139, %v140) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v142 = "stablehlo.reshape"(%v141) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v143 = "stablehlo.dot_general"(%v5, %v142) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
    %v144 = "stablehlo.transpose"(%v143) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
    %v145 = "stablehlo.reshape"(%v144) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
    %v146 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v147 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
    %v148 = "stablehlo.logistic"(%v146) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v149 = "stablehlo.multiply"(%v146, %v148) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v150 = "stablehlo.multiply"(%v149, %v147) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
    %v152 = "stablehlo.dot_general"(%v6, %v151) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
    %v153 = "stablehlo.transpose"(%v152) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v154 = "stablehlo.reshape"(%v153) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v155 = "stablehlo.add"(%v123, %v154) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v156 = "stablehlo.multiply"(%v155, %v155) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v157 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v161 = "stablehlo.reduce"(%v156, %v157) ({
      ^bb0(%v158: tensor<f32>, %v159: tensor<f32>):
        %v160 = "stablehlo.add"(%v158, %v159) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v160) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
    %v162 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v163 = "stablehlo.broadcast_in_dim"(%v162) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v164 = "stablehlo.divide"(%v161, %v163) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v165 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v166 = "stablehlo.broadcast_in_dim"(%v165) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v167 = "stablehlo.add"(%v164, %v166) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v168 = "stablehlo.rsqrt"(%v167) : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %v169 = "stablehlo.reshape"(%v168) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
    %v171 = "stablehlo.multiply"(%v155, %v170) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v172 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %v173 = "stablehlo.multiply"(%v171, %v172) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %v174 = "stablehlo.reshape"(%v173) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v175 = "stablehlo.dot_general"(%v8, %v174) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
    %v176 = "stablehlo.transpose"(%v175) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
    %v177 = "stablehlo.reshape"(%v176) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
    %v178 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
    %v180 = "stablehlo.transpose"(%v179) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
    %v181 = "stablehlo.slice"(%v180) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v182 = "stablehlo.slice"(%v180) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
    %v183 = "stablehlo.negate"(%v182) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
    %v184 = "stablehlo.concatenate"(%v183, %v181) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
    %v185 = "stablehlo.reshape"(%v31) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v186 = "stablehlo.reshape"(%v32) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v187 = "stablehlo.broadcast_in_dim"(%v185) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v188 = "stablehlo.multiply"(%v180, %v187) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v189 = "stablehlo.broadcast_in_dim"(%v186) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v190 = "stablehlo.multiply"(%v184, %v189) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v191 = "stablehlo.add"(%v188, %v190) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
    %v192 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v193 = "stablehlo.reshape"(%v192) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v194 = "stablehlo.transpose"(%v193) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v195 = "stablehlo.slice"(%v194) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v196 = "stablehlo.slice"(%v194) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v197 = "stablehlo.negate"(%v196) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v198 = "stablehlo.concatenate"(%v197, %v195) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v199 = "stablehlo.reshape"(%v31) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v200 = "stablehlo.reshape"(%v32) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v201 = "stablehlo.broadcast_in_dim"(%v199) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v202 = "stablehlo.multiply"(%v194, %v201) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v203 = "stablehlo.broadcast_in_dim"(%v200) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v204 = "stablehlo.multiply"(%v198, %v203) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v205 = "stablehlo.add"(%v202, %v204) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v206 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
    %v207 = "stablehlo.reshape"(%v206) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v208 = "stablehlo.transpose"(%v207) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v209 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v210 = "stablehlo.reshape"(%v205) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v211 = "stablehlo.reshape"(%v208) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
    %v212 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v213 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v214 = "stablehlo.reshape"(%v213) : (tensor<1xi32>) -> tensor<i32>
    %v215 = "stablehlo.slice"(%v210) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %v216 = "stablehlo.dynamic_update_slice"(%v18, %v215, %v212, %v214, %v209) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v217 = "stablehlo.slice"(%v211) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
    %v218 = "stablehlo.dynamic_update_slice"(%v20, %v217, %v212, %v214, %v209) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v219 = "stablehlo.reshape"(%v191) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v220 = "stablehlo.reshape"(%v219) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v221 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v222 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
    %v223 = "stablehlo.reshape"(%v220) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
    %v224 = "stablehlo.custom_call"(%v223, %v216, %v218, %v16, %v222, %v221) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
    %v225 = "stablehlo.reshape"(%v224) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
    %v226 = "stablehlo.reshape"(%v225) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
    %v227 = "stablehlo.transpose"(%v226) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
    %v228 = "stablehlo.reshape"(%v227) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
    %v229 = "stablehlo.reshape"(%v228) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v230 = "stablehlo.dot_general"(%v9, %v229) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
    %v231 = "stablehlo.transpose"(%v230) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
    %v232 = "stablehlo.reshape"(%v231) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v233 = "stablehlo.add"(%v155, %v232) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
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
    %v284 = "stablehlo.reshape"(%v283) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v285 = "stablehlo.dot_general"(%v14, %v284) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
    %v286 = "stablehlo.transpose"(%v285) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
    %v287 = "stablehlo.reshape"(%v286) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v288 = "stablehlo.reshape"(%v287) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v289 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v290 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v291 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v303, %v304 = "stablehlo.reduce"(%v288, %v289, %v290, %v291) ({
      ^bb0(%v292: tensor<f32>, %v293: tensor<i32>, %v294: tensor<f32>, %v295: tensor<i32>):
        %v296 = "stablehlo.compare"(%v294, %v292) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v297 = "stablehlo.compare"(%v294, %v292) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v298 = "stablehlo.compare"(%v295, %v293) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v299 = "stablehlo.and"(%v297, %v298) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v300 = "stablehlo.or"(%v296, %v299) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v301 = "stablehlo.select"(%v300, %v294, %v292) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v302 = "stablehlo.select"(%v300, %v295, %v293) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v301, %v302) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v305 = "stablehlo.reshape"(%v304) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v305, %v106, %v216, %v108, %v218) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
