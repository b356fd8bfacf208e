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
      %v16: tensor<1xi32> {xlagen.name = "start"},
      %v17: tensor<i32> {xlagen.name = "slot"},
      %v19: tensor<i32> {xlagen.name = "last"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v18 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v24 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v25 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v26 = "stablehlo.broadcast_in_dim"(%v25) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v27 = "stablehlo.add"(%v24, %v26) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
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
    %v39 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v40 = "stablehlo.broadcast_in_dim"(%v39) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v41 = "stablehlo.add"(%v38, %v40) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v42 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v43 = "stablehlo.compare"(%v42, %v41) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v44 = "stablehlo.subtract"(%v41, %v42) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v45 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v46 = "stablehlo.broadcast_in_dim"(%v45) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v47 = "stablehlo.compare"(%v44, %v46) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v48 = "stablehlo.and"(%v43, %v47) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v49 = "stablehlo.reshape"(%v48) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v50 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v51 = "stablehlo.multiply"(%v50, %v50) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v52 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v56 = "stablehlo.reduce"(%v51, %v52) ({
      ^bb0(%v53: tensor<f32>, %v54: tensor<f32>):
        %v55 = "stablehlo.add"(%v53, %v54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v55) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v57 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v58 = "stablehlo.broadcast_in_dim"(%v57) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v59 = "stablehlo.divide"(%v56, %v58) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v60 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v61 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v62 = "stablehlo.add"(%v59, %v61) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.rsqrt"(%v62) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v64 = "stablehlo.reshape"(%v63) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v65 = "stablehlo.broadcast_in_dim"(%v64) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v66 = "stablehlo.multiply"(%v50, %v65) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v67 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v68 = "stablehlo.multiply"(%v66, %v67) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v69 = "stablehlo.reshape"(%v68) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v70 = "stablehlo.custom_call"(%v69, %v2) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v71 = "stablehlo.reshape"(%v70) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v72 = "stablehlo.slice"(%v71) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v73 = "stablehlo.reshape"(%v72) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v74 = "stablehlo.transpose"(%v73) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v75 = "stablehlo.slice"(%v74) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v76 = "stablehlo.slice"(%v74) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v77 = "stablehlo.negate"(%v76) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v78 = "stablehlo.concatenate"(%v77, %v75) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v79 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v80 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v81 = "stablehlo.broadcast_in_dim"(%v79) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v82 = "stablehlo.multiply"(%v74, %v81) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v83 = "stablehlo.broadcast_in_dim"(%v80) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v84 = "stablehlo.multiply"(%v78, %v83) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v85 = "stablehlo.add"(%v82, %v84) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v86 = "stablehlo.slice"(%v71) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v87 = "stablehlo.reshape"(%v86) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v88 = "stablehlo.transpose"(%v87) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v89 = "stablehlo.slice"(%v88) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v90 = "stablehlo.slice"(%v88) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v91 = "stablehlo.negate"(%v90) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v92 = "stablehlo.concatenate"(%v91, %v89) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v93 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v94 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v95 = "stablehlo.broadcast_in_dim"(%v93) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v96 = "stablehlo.multiply"(%v88, %v95) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v97 = "stablehlo.broadcast_in_dim"(%v94) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v98 = "stablehlo.multiply"(%v92, %v97) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v99 = "stablehlo.add"(%v96, %v98) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v100 = "stablehlo.slice"(%v71) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v101 = "stablehlo.reshape"(%v100) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v102 = "stablehlo.transpose"(%v101) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v104 = "stablehlo.reshape"(%v99) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v105 = "stablehlo.reshape"(%v102) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v106 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v107 = "stablehlo.reshape"(%v106) : (tensor<1xi32>) -> tensor<i32>
    %v108 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v109 = "stablehlo.multiply"(%v107, %v108) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v110 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v111 = "stablehlo.reshape"(%v110) : (tensor<1xi32>) -> tensor<i32>
    %v112 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v113 = "stablehlo.dynamic_update_slice"(%v20, %v112, %v109, %v111, %v103) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v114 = "stablehlo.slice"(%v105) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v115 = "stablehlo.dynamic_update_slice"(%v22, %v114, %v109, %v111, %v103) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v116 = "stablehlo.reshape"(%v85) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v117 = "stablehlo.reshape"(%v116) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v118 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v119 = "stablehlo.reshape"(%v117) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v120 = "stablehlo.custom_call"(%v119, %v113, %v115, %v16, %v18, %v118) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v121 = "stablehlo.reshape"(%v120) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v123 = "stablehlo.transpose"(%v122) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v125 = "stablehlo.reshape"(%v124) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v126 = "stablehlo.custom_call"(%v125, %v3) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v127 = "stablehlo.reshape"(%v126) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v128 = "stablehlo.add"(%v50, %v127) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v129 = "stablehlo.multiply"(%v128, %v128) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v130 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v134 = "stablehlo.reduce"(%v129, %v130) ({
      ^bb0(%v131: tensor<f32>, %v132: tensor<f32>):
        %v133 = "stablehlo.add"(%v131, %v132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v133) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v135 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v136 = "stablehlo.broadcast_in_dim"(%v135) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v137 = "stablehlo.divide"(%v134, %v136) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v138 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v139 = "stablehlo.broadcast_in_dim"(%v138) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v140 = "stablehlo.add"(%v137, %v139) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v141 = "stablehlo.rsqrt"(%v140) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v142 = "stablehlo.reshape"(%v141) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v143 = "stablehlo.broadcast_in_dim"(%v142) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v144 = "stablehlo.multiply"(%v128, %v143) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v145 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v146 = "stablehlo.multiply"(%v144, %v145) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v147 = "stablehlo.reshape"(%v146) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v148 = "stablehlo.custom_call"(%v147, %v5) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v149 = "stablehlo.reshape"(%v148) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v150 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v151 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v152 = "stablehlo.logistic"(%v150) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v153 = "stablehlo.multiply"(%v150, %v152) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v154 = "stablehlo.multiply"(%v153, %v151) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v156 = "stablehlo.custom_call"(%v155, %v6) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v157 = "stablehlo.reshape"(%v156) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v158 = "stablehlo.add"(%v128, %v157) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v159 = "stablehlo.multiply"(%v158, %v158) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v160 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v164 = "stablehlo.reduce"(%v159, %v160) ({
      ^bb0(%v161: tensor<f32>, %v162: tensor<f32>):
        %v163 = "stablehlo.add"(%v161, %v162) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v163) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v165 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v166 = "stablehlo.broadcast_in_dim"(%v165) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v167 = "stablehlo.divide"(%v164, %v166) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v168 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v169 = "stablehlo.broadcast_in_dim"(%v168) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v170 = "stablehlo.add"(%v167, %v169) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v171 = "stablehlo.rsqrt"(%v170) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v172 = "stablehlo.reshape"(%v171) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v173 = "stablehlo.broadcast_in_dim"(%v172) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v174 = "stablehlo.multiply"(%v158, %v173) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v175 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v176 = "stablehlo.multiply"(%v174, %v175) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v177 = "stablehlo.reshape"(%v176) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v178 = "stablehlo.custom_call"(%v177, %v8) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v180 = "stablehlo.slice"(%v179) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v181 = "stablehlo.reshape"(%v180) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v182 = "stablehlo.transpose"(%v181) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v183 = "stablehlo.slice"(%v182) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v184 = "stablehlo.slice"(%v182) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v185 = "stablehlo.negate"(%v184) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v186 = "stablehlo.concatenate"(%v185, %v183) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v187 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v188 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v189 = "stablehlo.broadcast_in_dim"(%v187) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v190 = "stablehlo.multiply"(%v182, %v189) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v191 = "stablehlo.broadcast_in_dim"(%v188) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v192 = "stablehlo.multiply"(%v186, %v191) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v193 = "stablehlo.add"(%v190, %v192) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v194 = "stablehlo.slice"(%v179) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v195 = "stablehlo.reshape"(%v194) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v196 = "stablehlo.transpose"(%v195) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v197 = "stablehlo.slice"(%v196) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v198 = "stablehlo.slice"(%v196) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v199 = "stablehlo.negate"(%v198) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v200 = "stablehlo.concatenate"(%v199, %v197) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v201 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v202 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v203 = "stablehlo.broadcast_in_dim"(%v201) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v204 = "stablehlo.multiply"(%v196, %v203) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v205 = "stablehlo.broadcast_in_dim"(%v202) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v206 = "stablehlo.multiply"(%v200, %v205) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v207 = "stablehlo.add"(%v204, %v206) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v208 = "stablehlo.slice"(%v179) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v209 = "stablehlo.reshape"(%v208) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v210 = "stablehlo.transpose"(%v209) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v211 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v212 = "stablehlo.reshape"(%v207) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v213 = "stablehlo.reshape"(%v210) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v214 = "stablehlo.slice"(%v18) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v215 = "stablehlo.reshape"(%v214) : (tensor<1xi32>) -> tensor<i32>
    %v216 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v217 = "stablehlo.multiply"(%v215, %v216) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v218 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v219 = "stablehlo.reshape"(%v218) : (tensor<1xi32>) -> tensor<i32>
    %v220 = "stablehlo.slice"(%v212) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v221 = "stablehlo.dynamic_update_slice"(%v21, %v220, %v217, %v219, %v211) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v222 = "stablehlo.slice"(%v213) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v223 = "stablehlo.dynamic_update_slice"(%v23, %v222, %v217, %v219, %v211) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v224 = "stablehlo.reshape"(%v193) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v225 = "stablehlo.reshape"(%v224) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v226 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v227 = "stablehlo.reshape"(%v225) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v228 = "stablehlo.custom_call"(%v227, %v221, %v223, %v16, %v18, %v226) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v229 = "stablehlo.reshape"(%v228) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v230 = "stablehlo.reshape"(%v229) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v231 = "stablehlo.transpose"(%v230) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v232 = "stablehlo.reshape"(%v231) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v233 = "stablehlo.reshape"(%v232) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v234 = "stablehlo.custom_call"(%v233, %v9) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v235 = "stablehlo.reshape"(%v234) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v236 = "stablehlo.add"(%v158, %v235) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v237 = "stablehlo.multiply"(%v236, %v236) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v238 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v242 = "stablehlo.reduce"(%v237, %v238) ({
      ^bb0(%v239: tensor<f32>, %v240: tensor<f32>):
        %v241 = "stablehlo.add"(%v239, %v240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v241) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v243 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v244 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v245 = "stablehlo.divide"(%v242, %v244) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v246 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v247 = "stablehlo.broadcast_in_dim"(%v246) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v248 = "stablehlo.add"(%v245, %v247) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v249 = "stablehlo.rsqrt"(%v248) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v250 = "stablehlo.reshape"(%v249) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v251 = "stablehlo.broadcast_in_dim"(%v250) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v252 = "stablehlo.multiply"(%v236, %v251) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v253 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v254 = "stablehlo.multiply"(%v252, %v253) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v255 = "stablehlo.reshape"(%v254) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v256 = "stablehlo.custom_call"(%v255, %v11) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v257 = "stablehlo.reshape"(%v256) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v258 = "stablehlo.slice"(%v257) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v259 = "stablehlo.slice"(%v257) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v260 = "stablehlo.logistic"(%v258) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v261 = "stablehlo.multiply"(%v258, %v260) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v262 = "stablehlo.multiply"(%v261, %v259) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v263 = "stablehlo.reshape"(%v262) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v264 = "stablehlo.custom_call"(%v263, %v12) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v265 = "stablehlo.reshape"(%v264) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v266 = "stablehlo.add"(%v236, %v265) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v267 = "stablehlo.multiply"(%v266, %v266) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v268 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v272 = "stablehlo.reduce"(%v267, %v268) ({
      ^bb0(%v269: tensor<f32>, %v270: tensor<f32>):
        %v271 = "stablehlo.add"(%v269, %v270) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v271) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v273 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v274 = "stablehlo.broadcast_in_dim"(%v273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v275 = "stablehlo.divide"(%v272, %v274) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v276 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v277 = "stablehlo.broadcast_in_dim"(%v276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v278 = "stablehlo.add"(%v275, %v277) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v279 = "stablehlo.rsqrt"(%v278) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v280 = "stablehlo.reshape"(%v279) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v281 = "stablehlo.broadcast_in_dim"(%v280) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v282 = "stablehlo.multiply"(%v266, %v281) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v283 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v284 = "stablehlo.multiply"(%v282, %v283) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v285 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v286 = "stablehlo.dynamic_slice"(%v284, %v285, %v19, %v285) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v287 = "stablehlo.reshape"(%v286) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v288 = "stablehlo.custom_call"(%v287, %v14) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v289 = "stablehlo.reshape"(%v288) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v290 = "stablehlo.reshape"(%v289) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v291 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v292 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v293 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v305, %v306 = "stablehlo.reduce"(%v290, %v291, %v292, %v293) ({
      ^bb0(%v294: tensor<f32>, %v295: tensor<i32>, %v296: tensor<f32>, %v297: tensor<i32>):
        %v298 = "stablehlo.compare"(%v296, %v294) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v299 = "stablehlo.compare"(%v296, %v294) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v300 = "stablehlo.compare"(%v297, %v295) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v301 = "stablehlo.and"(%v299, %v300) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v302 = "stablehlo.or"(%v298, %v301) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v303 = "stablehlo.select"(%v302, %v296, %v294) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v304 = "stablehlo.select"(%v302, %v297, %v295) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v303, %v304) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v307 = "stablehlo.reshape"(%v306) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v307, %v113, %v221, %v115, %v223) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
