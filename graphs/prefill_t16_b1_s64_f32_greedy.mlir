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
      %v18: tensor<i32> {xlagen.name = "last"},
      %v19: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v23 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v24 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v25 = "stablehlo.broadcast_in_dim"(%v24) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v26 = "stablehlo.add"(%v23, %v25) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v27 = "stablehlo.convert"(%v26) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v28 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v29 = "stablehlo.reshape"(%v27) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v30 = "stablehlo.reshape"(%v28) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v31 = "stablehlo.broadcast_in_dim"(%v29) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v32 = "stablehlo.broadcast_in_dim"(%v30) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v33 = "stablehlo.multiply"(%v31, %v32) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v34 = "stablehlo.concatenate"(%v33, %v33) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v35 = "stablehlo.cosine"(%v34) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v36 = "stablehlo.sine"(%v34) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v37 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v38 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v39 = "stablehlo.broadcast_in_dim"(%v38) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v40 = "stablehlo.add"(%v37, %v39) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v41 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v42 = "stablehlo.compare"(%v41, %v40) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v43 = "stablehlo.subtract"(%v40, %v41) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v44 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v45 = "stablehlo.broadcast_in_dim"(%v44) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v46 = "stablehlo.compare"(%v43, %v45) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v47 = "stablehlo.and"(%v42, %v46) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v48 = "stablehlo.reshape"(%v47) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v49 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v50 = "stablehlo.multiply"(%v49, %v49) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v51 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v55 = "stablehlo.reduce"(%v50, %v51) ({
      ^bb0(%v52: tensor<f32>, %v53: tensor<f32>):
        %v54 = "stablehlo.add"(%v52, %v53) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v54) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v56 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v57 = "stablehlo.broadcast_in_dim"(%v56) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v58 = "stablehlo.divide"(%v55, %v57) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v59 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v60 = "stablehlo.broadcast_in_dim"(%v59) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v61 = "stablehlo.add"(%v58, %v60) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v62 = "stablehlo.rsqrt"(%v61) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.reshape"(%v62) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v64 = "stablehlo.broadcast_in_dim"(%v63) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v65 = "stablehlo.multiply"(%v49, %v64) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v66 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v67 = "stablehlo.multiply"(%v65, %v66) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v68 = "stablehlo.reshape"(%v67) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v69 = "stablehlo.custom_call"(%v68, %v2) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v70 = "stablehlo.reshape"(%v69) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v71 = "stablehlo.slice"(%v70) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v72 = "stablehlo.reshape"(%v71) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v73 = "stablehlo.transpose"(%v72) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v74 = "stablehlo.slice"(%v73) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v75 = "stablehlo.slice"(%v73) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v76 = "stablehlo.negate"(%v75) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v77 = "stablehlo.concatenate"(%v76, %v74) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v78 = "stablehlo.reshape"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v79 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v80 = "stablehlo.broadcast_in_dim"(%v78) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v81 = "stablehlo.multiply"(%v73, %v80) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v82 = "stablehlo.broadcast_in_dim"(%v79) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v83 = "stablehlo.multiply"(%v77, %v82) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v84 = "stablehlo.add"(%v81, %v83) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v85 = "stablehlo.slice"(%v70) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v86 = "stablehlo.reshape"(%v85) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v87 = "stablehlo.transpose"(%v86) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v88 = "stablehlo.slice"(%v87) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v89 = "stablehlo.slice"(%v87) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v90 = "stablehlo.negate"(%v89) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v91 = "stablehlo.concatenate"(%v90, %v88) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v92 = "stablehlo.reshape"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v93 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v94 = "stablehlo.broadcast_in_dim"(%v92) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v95 = "stablehlo.multiply"(%v87, %v94) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v96 = "stablehlo.broadcast_in_dim"(%v93) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v97 = "stablehlo.multiply"(%v91, %v96) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v98 = "stablehlo.add"(%v95, %v97) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v99 = "stablehlo.slice"(%v70) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v100 = "stablehlo.reshape"(%v99) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v101 = "stablehlo.transpose"(%v100) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v102 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v103 = "stablehlo.reshape"(%v98) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v104 = "stablehlo.reshape"(%v101) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v105 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v106 = "stablehlo.multiply"(%v17, %v105) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v107 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v108 = "stablehlo.reshape"(%v107) : (tensor<1xi32>) -> tensor<i32>
    %v109 = "stablehlo.slice"(%v103) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v110 = "stablehlo.dynamic_update_slice"(%v19, %v109, %v106, %v108, %v102) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v111 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v112 = "stablehlo.dynamic_update_slice"(%v21, %v111, %v106, %v108, %v102) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v113 = "stablehlo.reshape"(%v84) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v114 = "stablehlo.reshape"(%v113) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v115 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v116 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v117 = "stablehlo.reshape"(%v114) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v118 = "stablehlo.custom_call"(%v117, %v110, %v112, %v16, %v116, %v115) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v119 = "stablehlo.reshape"(%v118) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v120 = "stablehlo.reshape"(%v119) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v122 = "stablehlo.reshape"(%v121) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v123 = "stablehlo.reshape"(%v122) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v124 = "stablehlo.custom_call"(%v123, %v3) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v125 = "stablehlo.reshape"(%v124) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v126 = "stablehlo.add"(%v49, %v125) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v127 = "stablehlo.multiply"(%v126, %v126) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v128 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v132 = "stablehlo.reduce"(%v127, %v128) ({
      ^bb0(%v129: tensor<f32>, %v130: tensor<f32>):
        %v131 = "stablehlo.add"(%v129, %v130) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v131) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v133 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v134 = "stablehlo.broadcast_in_dim"(%v133) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v135 = "stablehlo.divide"(%v132, %v134) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v136 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v137 = "stablehlo.broadcast_in_dim"(%v136) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v138 = "stablehlo.add"(%v135, %v137) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v139 = "stablehlo.rsqrt"(%v138) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v140 = "stablehlo.reshape"(%v139) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v141 = "stablehlo.broadcast_in_dim"(%v140) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v142 = "stablehlo.multiply"(%v126, %v141) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v143 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v144 = "stablehlo.multiply"(%v142, %v143) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v145 = "stablehlo.reshape"(%v144) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v146 = "stablehlo.custom_call"(%v145, %v5) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v147 = "stablehlo.reshape"(%v146) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v148 = "stablehlo.slice"(%v147) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v149 = "stablehlo.slice"(%v147) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v150 = "stablehlo.logistic"(%v148) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v151 = "stablehlo.multiply"(%v148, %v150) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v152 = "stablehlo.multiply"(%v151, %v149) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v153 = "stablehlo.reshape"(%v152) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v154 = "stablehlo.custom_call"(%v153, %v6) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v156 = "stablehlo.add"(%v126, %v155) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v157 = "stablehlo.multiply"(%v156, %v156) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v158 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v162 = "stablehlo.reduce"(%v157, %v158) ({
      ^bb0(%v159: tensor<f32>, %v160: tensor<f32>):
        %v161 = "stablehlo.add"(%v159, %v160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v161) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v163 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v164 = "stablehlo.broadcast_in_dim"(%v163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v165 = "stablehlo.divide"(%v162, %v164) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v166 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v167 = "stablehlo.broadcast_in_dim"(%v166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v168 = "stablehlo.add"(%v165, %v167) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v169 = "stablehlo.rsqrt"(%v168) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v170 = "stablehlo.reshape"(%v169) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v171 = "stablehlo.broadcast_in_dim"(%v170) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v172 = "stablehlo.multiply"(%v156, %v171) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v173 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v174 = "stablehlo.multiply"(%v172, %v173) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v175 = "stablehlo.reshape"(%v174) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v176 = "stablehlo.custom_call"(%v175, %v8) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v177 = "stablehlo.reshape"(%v176) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v178 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v180 = "stablehlo.transpose"(%v179) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v181 = "stablehlo.slice"(%v180) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v182 = "stablehlo.slice"(%v180) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v183 = "stablehlo.negate"(%v182) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v184 = "stablehlo.concatenate"(%v183, %v181) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v185 = "stablehlo.reshape"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v186 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v187 = "stablehlo.broadcast_in_dim"(%v185) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v188 = "stablehlo.multiply"(%v180, %v187) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v189 = "stablehlo.broadcast_in_dim"(%v186) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v190 = "stablehlo.multiply"(%v184, %v189) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v191 = "stablehlo.add"(%v188, %v190) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v192 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v193 = "stablehlo.reshape"(%v192) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v194 = "stablehlo.transpose"(%v193) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v195 = "stablehlo.slice"(%v194) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v196 = "stablehlo.slice"(%v194) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v197 = "stablehlo.negate"(%v196) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v198 = "stablehlo.concatenate"(%v197, %v195) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v199 = "stablehlo.reshape"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v200 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v201 = "stablehlo.broadcast_in_dim"(%v199) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v202 = "stablehlo.multiply"(%v194, %v201) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v203 = "stablehlo.broadcast_in_dim"(%v200) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v204 = "stablehlo.multiply"(%v198, %v203) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v205 = "stablehlo.add"(%v202, %v204) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v206 = "stablehlo.slice"(%v177) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v207 = "stablehlo.reshape"(%v206) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v208 = "stablehlo.transpose"(%v207) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v209 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v210 = "stablehlo.reshape"(%v205) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v211 = "stablehlo.reshape"(%v208) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v212 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v213 = "stablehlo.multiply"(%v17, %v212) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %v214 = "stablehlo.slice"(%v16) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
    %v215 = "stablehlo.reshape"(%v214) : (tensor<1xi32>) -> tensor<i32>
    %v216 = "stablehlo.slice"(%v210) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v217 = "stablehlo.dynamic_update_slice"(%v20, %v216, %v213, %v215, %v209) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v218 = "stablehlo.slice"(%v211) {limit_indices = array<i64: 2, 16, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
    %v219 = "stablehlo.dynamic_update_slice"(%v22, %v218, %v213, %v215, %v209) : (tensor<2x64x16xf32>, tensor<2x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
    %v220 = "stablehlo.reshape"(%v191) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v221 = "stablehlo.reshape"(%v220) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v222 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v223 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v224 = "stablehlo.reshape"(%v221) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v225 = "stablehlo.custom_call"(%v224, %v217, %v219, %v16, %v223, %v222) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v226 = "stablehlo.reshape"(%v225) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v227 = "stablehlo.reshape"(%v226) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v228 = "stablehlo.transpose"(%v227) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v229 = "stablehlo.reshape"(%v228) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v230 = "stablehlo.reshape"(%v229) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v231 = "stablehlo.custom_call"(%v230, %v9) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v232 = "stablehlo.reshape"(%v231) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v233 = "stablehlo.add"(%v156, %v232) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v234 = "stablehlo.multiply"(%v233, %v233) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v235 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v239 = "stablehlo.reduce"(%v234, %v235) ({
      ^bb0(%v236: tensor<f32>, %v237: tensor<f32>):
        %v238 = "stablehlo.add"(%v236, %v237) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v238) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v240 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v241 = "stablehlo.broadcast_in_dim"(%v240) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v242 = "stablehlo.divide"(%v239, %v241) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v243 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v244 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v245 = "stablehlo.add"(%v242, %v244) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v246 = "stablehlo.rsqrt"(%v245) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v247 = "stablehlo.reshape"(%v246) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v248 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v249 = "stablehlo.multiply"(%v233, %v248) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v250 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v251 = "stablehlo.multiply"(%v249, %v250) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v252 = "stablehlo.reshape"(%v251) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v253 = "stablehlo.custom_call"(%v252, %v11) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v254 = "stablehlo.reshape"(%v253) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v255 = "stablehlo.slice"(%v254) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v256 = "stablehlo.slice"(%v254) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v257 = "stablehlo.logistic"(%v255) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v258 = "stablehlo.multiply"(%v255, %v257) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v259 = "stablehlo.multiply"(%v258, %v256) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v260 = "stablehlo.reshape"(%v259) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v261 = "stablehlo.custom_call"(%v260, %v12) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v262 = "stablehlo.reshape"(%v261) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v263 = "stablehlo.add"(%v233, %v262) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v264 = "stablehlo.multiply"(%v263, %v263) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v265 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v269 = "stablehlo.reduce"(%v264, %v265) ({
      ^bb0(%v266: tensor<f32>, %v267: tensor<f32>):
        %v268 = "stablehlo.add"(%v266, %v267) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v268) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v270 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v271 = "stablehlo.broadcast_in_dim"(%v270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v272 = "stablehlo.divide"(%v269, %v271) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v273 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v274 = "stablehlo.broadcast_in_dim"(%v273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v275 = "stablehlo.add"(%v272, %v274) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v276 = "stablehlo.rsqrt"(%v275) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v277 = "stablehlo.reshape"(%v276) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v278 = "stablehlo.broadcast_in_dim"(%v277) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v279 = "stablehlo.multiply"(%v263, %v278) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v280 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v281 = "stablehlo.multiply"(%v279, %v280) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v282 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v283 = "stablehlo.dynamic_slice"(%v281, %v282, %v18, %v282) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v284 = "stablehlo.reshape"(%v283) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v285 = "stablehlo.custom_call"(%v284, %v14) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v286 = "stablehlo.reshape"(%v285) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v287 = "stablehlo.reshape"(%v286) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v288 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v289 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v290 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v302, %v303 = "stablehlo.reduce"(%v287, %v288, %v289, %v290) ({
      ^bb0(%v291: tensor<f32>, %v292: tensor<i32>, %v293: tensor<f32>, %v294: tensor<i32>):
        %v295 = "stablehlo.compare"(%v293, %v291) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v296 = "stablehlo.compare"(%v293, %v291) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v297 = "stablehlo.compare"(%v294, %v292) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v298 = "stablehlo.and"(%v296, %v297) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v299 = "stablehlo.or"(%v295, %v298) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v300 = "stablehlo.select"(%v299, %v293, %v291) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v301 = "stablehlo.select"(%v299, %v294, %v292) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v300, %v301) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v304 = "stablehlo.reshape"(%v303) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v304, %v110, %v217, %v112, %v219) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
