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
    %v70 = "stablehlo.custom_call"(%v69, %v2) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
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
    %v103 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v104 = "stablehlo.broadcast_in_dim"(%v103) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v105 = "stablehlo.multiply"(%v18, %v104) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v106 = "stablehlo.reshape"(%v105) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v107 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
    %v108 = "stablehlo.broadcast_in_dim"(%v106) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v109 = "stablehlo.add"(%v108, %v107) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
    %v110 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v111 = "stablehlo.broadcast_in_dim"(%v110) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v112 = "stablehlo.reshape"(%v109) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v113 = "stablehlo.reshape"(%v111) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v114 = "stablehlo.concatenate"(%v112, %v113) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
    %v115 = "stablehlo.reshape"(%v99) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v116 = "stablehlo.reshape"(%v102) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v119 = "stablehlo.scatter"(%v20, %v114, %v115) ({
      ^bb0(%v117: tensor<f32>, %v118: tensor<f32>):
        "stablehlo.return"(%v118) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v122 = "stablehlo.scatter"(%v22, %v114, %v116) ({
      ^bb0(%v120: tensor<f32>, %v121: tensor<f32>):
        "stablehlo.return"(%v121) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v123 = "stablehlo.reshape"(%v85) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v125 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v126 = "stablehlo.reshape"(%v124) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v127 = "stablehlo.custom_call"(%v126, %v119, %v122, %v16, %v18, %v125) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v128 = "stablehlo.reshape"(%v127) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v129 = "stablehlo.reshape"(%v128) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v130 = "stablehlo.transpose"(%v129) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v131 = "stablehlo.reshape"(%v130) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v132 = "stablehlo.reshape"(%v131) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v133 = "stablehlo.custom_call"(%v132, %v3) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v134 = "stablehlo.reshape"(%v133) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v135 = "stablehlo.add"(%v50, %v134) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v136 = "stablehlo.multiply"(%v135, %v135) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v137 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v141 = "stablehlo.reduce"(%v136, %v137) ({
      ^bb0(%v138: tensor<f32>, %v139: tensor<f32>):
        %v140 = "stablehlo.add"(%v138, %v139) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v140) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v142 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v143 = "stablehlo.broadcast_in_dim"(%v142) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v144 = "stablehlo.divide"(%v141, %v143) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v145 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v146 = "stablehlo.broadcast_in_dim"(%v145) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v147 = "stablehlo.add"(%v144, %v146) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v148 = "stablehlo.rsqrt"(%v147) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v149 = "stablehlo.reshape"(%v148) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v150 = "stablehlo.broadcast_in_dim"(%v149) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v151 = "stablehlo.multiply"(%v135, %v150) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v152 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v153 = "stablehlo.multiply"(%v151, %v152) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v154 = "stablehlo.reshape"(%v153) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v155 = "stablehlo.custom_call"(%v154, %v5) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v156 = "stablehlo.reshape"(%v155) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v157 = "stablehlo.slice"(%v156) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v158 = "stablehlo.slice"(%v156) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v159 = "stablehlo.logistic"(%v157) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v160 = "stablehlo.multiply"(%v157, %v159) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v161 = "stablehlo.multiply"(%v160, %v158) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v162 = "stablehlo.reshape"(%v161) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v163 = "stablehlo.custom_call"(%v162, %v6) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v164 = "stablehlo.reshape"(%v163) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v165 = "stablehlo.add"(%v135, %v164) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v166 = "stablehlo.multiply"(%v165, %v165) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v167 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v171 = "stablehlo.reduce"(%v166, %v167) ({
      ^bb0(%v168: tensor<f32>, %v169: tensor<f32>):
        %v170 = "stablehlo.add"(%v168, %v169) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v170) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v172 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v173 = "stablehlo.broadcast_in_dim"(%v172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v174 = "stablehlo.divide"(%v171, %v173) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v175 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v176 = "stablehlo.broadcast_in_dim"(%v175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v177 = "stablehlo.add"(%v174, %v176) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v178 = "stablehlo.rsqrt"(%v177) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v179 = "stablehlo.reshape"(%v178) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v180 = "stablehlo.broadcast_in_dim"(%v179) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v181 = "stablehlo.multiply"(%v165, %v180) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v182 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v183 = "stablehlo.multiply"(%v181, %v182) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v184 = "stablehlo.reshape"(%v183) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v185 = "stablehlo.custom_call"(%v184, %v8) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v186 = "stablehlo.reshape"(%v185) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v187 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v188 = "stablehlo.reshape"(%v187) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v189 = "stablehlo.transpose"(%v188) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v190 = "stablehlo.slice"(%v189) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v191 = "stablehlo.slice"(%v189) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v192 = "stablehlo.negate"(%v191) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v193 = "stablehlo.concatenate"(%v192, %v190) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v194 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v195 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v196 = "stablehlo.broadcast_in_dim"(%v194) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v197 = "stablehlo.multiply"(%v189, %v196) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v198 = "stablehlo.broadcast_in_dim"(%v195) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v199 = "stablehlo.multiply"(%v193, %v198) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v200 = "stablehlo.add"(%v197, %v199) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v201 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v202 = "stablehlo.reshape"(%v201) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v203 = "stablehlo.transpose"(%v202) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v204 = "stablehlo.slice"(%v203) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v205 = "stablehlo.slice"(%v203) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v206 = "stablehlo.negate"(%v205) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v207 = "stablehlo.concatenate"(%v206, %v204) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v208 = "stablehlo.reshape"(%v36) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v209 = "stablehlo.reshape"(%v37) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v210 = "stablehlo.broadcast_in_dim"(%v208) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v211 = "stablehlo.multiply"(%v203, %v210) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v212 = "stablehlo.broadcast_in_dim"(%v209) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v213 = "stablehlo.multiply"(%v207, %v212) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v214 = "stablehlo.add"(%v211, %v213) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v215 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v216 = "stablehlo.reshape"(%v215) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v217 = "stablehlo.transpose"(%v216) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v218 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v219 = "stablehlo.broadcast_in_dim"(%v218) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v220 = "stablehlo.multiply"(%v18, %v219) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v221 = "stablehlo.reshape"(%v220) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v222 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
    %v223 = "stablehlo.broadcast_in_dim"(%v221) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v224 = "stablehlo.add"(%v223, %v222) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
    %v225 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v226 = "stablehlo.broadcast_in_dim"(%v225) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v227 = "stablehlo.reshape"(%v224) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v228 = "stablehlo.reshape"(%v226) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v229 = "stablehlo.concatenate"(%v227, %v228) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
    %v230 = "stablehlo.reshape"(%v214) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v231 = "stablehlo.reshape"(%v217) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v234 = "stablehlo.scatter"(%v21, %v229, %v230) ({
      ^bb0(%v232: tensor<f32>, %v233: tensor<f32>):
        "stablehlo.return"(%v233) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v237 = "stablehlo.scatter"(%v23, %v229, %v231) ({
      ^bb0(%v235: tensor<f32>, %v236: tensor<f32>):
        "stablehlo.return"(%v236) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v238 = "stablehlo.reshape"(%v200) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v239 = "stablehlo.reshape"(%v238) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v240 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v241 = "stablehlo.reshape"(%v239) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v242 = "stablehlo.custom_call"(%v241, %v234, %v237, %v16, %v18, %v240) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v243 = "stablehlo.reshape"(%v242) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v244 = "stablehlo.reshape"(%v243) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v245 = "stablehlo.transpose"(%v244) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v246 = "stablehlo.reshape"(%v245) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v247 = "stablehlo.reshape"(%v246) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v248 = "stablehlo.custom_call"(%v247, %v9) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v249 = "stablehlo.reshape"(%v248) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v250 = "stablehlo.add"(%v165, %v249) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v251 = "stablehlo.multiply"(%v250, %v250) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v252 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v256 = "stablehlo.reduce"(%v251, %v252) ({
      ^bb0(%v253: tensor<f32>, %v254: tensor<f32>):
        %v255 = "stablehlo.add"(%v253, %v254) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v255) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v257 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v258 = "stablehlo.broadcast_in_dim"(%v257) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v259 = "stablehlo.divide"(%v256, %v258) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v260 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v261 = "stablehlo.broadcast_in_dim"(%v260) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v262 = "stablehlo.add"(%v259, %v261) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v263 = "stablehlo.rsqrt"(%v262) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v264 = "stablehlo.reshape"(%v263) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v265 = "stablehlo.broadcast_in_dim"(%v264) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v266 = "stablehlo.multiply"(%v250, %v265) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v267 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v268 = "stablehlo.multiply"(%v266, %v267) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v269 = "stablehlo.reshape"(%v268) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v270 = "stablehlo.custom_call"(%v269, %v11) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v271 = "stablehlo.reshape"(%v270) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v272 = "stablehlo.slice"(%v271) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v273 = "stablehlo.slice"(%v271) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v274 = "stablehlo.logistic"(%v272) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v275 = "stablehlo.multiply"(%v272, %v274) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v276 = "stablehlo.multiply"(%v275, %v273) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v277 = "stablehlo.reshape"(%v276) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v278 = "stablehlo.custom_call"(%v277, %v12) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v279 = "stablehlo.reshape"(%v278) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v280 = "stablehlo.add"(%v250, %v279) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v281 = "stablehlo.multiply"(%v280, %v280) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v282 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v286 = "stablehlo.reduce"(%v281, %v282) ({
      ^bb0(%v283: tensor<f32>, %v284: tensor<f32>):
        %v285 = "stablehlo.add"(%v283, %v284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v285) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v287 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v288 = "stablehlo.broadcast_in_dim"(%v287) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v289 = "stablehlo.divide"(%v286, %v288) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v290 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v291 = "stablehlo.broadcast_in_dim"(%v290) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v292 = "stablehlo.add"(%v289, %v291) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v293 = "stablehlo.rsqrt"(%v292) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v294 = "stablehlo.reshape"(%v293) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v295 = "stablehlo.broadcast_in_dim"(%v294) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v296 = "stablehlo.multiply"(%v280, %v295) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v297 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v298 = "stablehlo.multiply"(%v296, %v297) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v299 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v300 = "stablehlo.dynamic_slice"(%v298, %v299, %v19, %v299) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v301 = "stablehlo.reshape"(%v300) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v302 = "stablehlo.custom_call"(%v301, %v14) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v303 = "stablehlo.reshape"(%v302) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v304 = "stablehlo.reshape"(%v303) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v305 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v306 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v307 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v319, %v320 = "stablehlo.reduce"(%v304, %v305, %v306, %v307) ({
      ^bb0(%v308: tensor<f32>, %v309: tensor<i32>, %v310: tensor<f32>, %v311: tensor<i32>):
        %v312 = "stablehlo.compare"(%v310, %v308) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v313 = "stablehlo.compare"(%v310, %v308) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v314 = "stablehlo.compare"(%v311, %v309) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v315 = "stablehlo.and"(%v313, %v314) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v316 = "stablehlo.or"(%v312, %v315) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v317 = "stablehlo.select"(%v316, %v310, %v308) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v318 = "stablehlo.select"(%v316, %v311, %v309) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v317, %v318) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v321 = "stablehlo.reshape"(%v320) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v321, %v119, %v234, %v122, %v237) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
