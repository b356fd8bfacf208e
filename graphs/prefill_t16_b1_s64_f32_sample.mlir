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
      %v16: tensor<1xi32> {xlagen.name = "start"},
      %v17: tensor<i32> {xlagen.name = "slot"},
      %v19: tensor<i32> {xlagen.name = "last"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v24: tensor<1xf32> {xlagen.name = "temperature"},
      %v25: tensor<1xi32> {xlagen.name = "top_k"},
      %v26: tensor<1xf32> {xlagen.name = "top_p"},
      %v27: tensor<1x3xui32> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v18 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v28 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v29 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v30 = "stablehlo.broadcast_in_dim"(%v29) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v31 = "stablehlo.add"(%v28, %v30) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
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
    %v43 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v44 = "stablehlo.broadcast_in_dim"(%v43) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v45 = "stablehlo.add"(%v42, %v44) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v46 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v47 = "stablehlo.compare"(%v46, %v45) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v48 = "stablehlo.subtract"(%v45, %v46) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v49 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v50 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v51 = "stablehlo.compare"(%v48, %v50) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v52 = "stablehlo.and"(%v47, %v51) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v53 = "stablehlo.reshape"(%v52) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v54 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v55 = "stablehlo.multiply"(%v54, %v54) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v56 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v60 = "stablehlo.reduce"(%v55, %v56) ({
      ^bb0(%v57: tensor<f32>, %v58: tensor<f32>):
        %v59 = "stablehlo.add"(%v57, %v58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v59) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v61 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v62 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.divide"(%v60, %v62) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v64 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v65 = "stablehlo.broadcast_in_dim"(%v64) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v66 = "stablehlo.add"(%v63, %v65) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v67 = "stablehlo.rsqrt"(%v66) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v68 = "stablehlo.reshape"(%v67) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v69 = "stablehlo.broadcast_in_dim"(%v68) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v70 = "stablehlo.multiply"(%v54, %v69) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v71 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v72 = "stablehlo.multiply"(%v70, %v71) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v73 = "stablehlo.reshape"(%v72) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v74 = "stablehlo.custom_call"(%v73, %v2) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v75 = "stablehlo.reshape"(%v74) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v76 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v77 = "stablehlo.reshape"(%v76) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v78 = "stablehlo.transpose"(%v77) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v79 = "stablehlo.slice"(%v78) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v80 = "stablehlo.slice"(%v78) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v81 = "stablehlo.negate"(%v80) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v82 = "stablehlo.concatenate"(%v81, %v79) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v83 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v84 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v85 = "stablehlo.broadcast_in_dim"(%v83) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v86 = "stablehlo.multiply"(%v78, %v85) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v87 = "stablehlo.broadcast_in_dim"(%v84) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v88 = "stablehlo.multiply"(%v82, %v87) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v89 = "stablehlo.add"(%v86, %v88) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v90 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v91 = "stablehlo.reshape"(%v90) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v92 = "stablehlo.transpose"(%v91) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v93 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v94 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v95 = "stablehlo.negate"(%v94) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v96 = "stablehlo.concatenate"(%v95, %v93) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v97 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v98 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v99 = "stablehlo.broadcast_in_dim"(%v97) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v100 = "stablehlo.multiply"(%v92, %v99) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v101 = "stablehlo.broadcast_in_dim"(%v98) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v102 = "stablehlo.multiply"(%v96, %v101) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v103 = "stablehlo.add"(%v100, %v102) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v104 = "stablehlo.slice"(%v75) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v105 = "stablehlo.reshape"(%v104) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v106 = "stablehlo.transpose"(%v105) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v107 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v108 = "stablehlo.broadcast_in_dim"(%v107) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v109 = "stablehlo.multiply"(%v18, %v108) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v110 = "stablehlo.reshape"(%v109) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v111 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
    %v112 = "stablehlo.broadcast_in_dim"(%v110) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v113 = "stablehlo.add"(%v112, %v111) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
    %v114 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v115 = "stablehlo.broadcast_in_dim"(%v114) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v116 = "stablehlo.reshape"(%v113) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v117 = "stablehlo.reshape"(%v115) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v118 = "stablehlo.concatenate"(%v116, %v117) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
    %v119 = "stablehlo.reshape"(%v103) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v120 = "stablehlo.reshape"(%v106) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v123 = "stablehlo.scatter"(%v20, %v118, %v119) ({
      ^bb0(%v121: tensor<f32>, %v122: tensor<f32>):
        "stablehlo.return"(%v122) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v126 = "stablehlo.scatter"(%v22, %v118, %v120) ({
      ^bb0(%v124: tensor<f32>, %v125: tensor<f32>):
        "stablehlo.return"(%v125) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v127 = "stablehlo.reshape"(%v89) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v128 = "stablehlo.reshape"(%v127) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v129 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v130 = "stablehlo.reshape"(%v128) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v131 = "stablehlo.custom_call"(%v130, %v123, %v126, %v16, %v18, %v129) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v132 = "stablehlo.reshape"(%v131) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v133 = "stablehlo.reshape"(%v132) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v134 = "stablehlo.transpose"(%v133) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v135 = "stablehlo.reshape"(%v134) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v136 = "stablehlo.reshape"(%v135) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v137 = "stablehlo.custom_call"(%v136, %v3) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v138 = "stablehlo.reshape"(%v137) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v139 = "stablehlo.add"(%v54, %v138) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v140 = "stablehlo.multiply"(%v139, %v139) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v141 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v145 = "stablehlo.reduce"(%v140, %v141) ({
      ^bb0(%v142: tensor<f32>, %v143: tensor<f32>):
        %v144 = "stablehlo.add"(%v142, %v143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v144) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v146 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v147 = "stablehlo.broadcast_in_dim"(%v146) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v148 = "stablehlo.divide"(%v145, %v147) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v149 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v150 = "stablehlo.broadcast_in_dim"(%v149) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v151 = "stablehlo.add"(%v148, %v150) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v152 = "stablehlo.rsqrt"(%v151) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v153 = "stablehlo.reshape"(%v152) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v154 = "stablehlo.broadcast_in_dim"(%v153) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v155 = "stablehlo.multiply"(%v139, %v154) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v156 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v157 = "stablehlo.multiply"(%v155, %v156) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v158 = "stablehlo.reshape"(%v157) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v159 = "stablehlo.custom_call"(%v158, %v5) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v160 = "stablehlo.reshape"(%v159) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v161 = "stablehlo.slice"(%v160) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v162 = "stablehlo.slice"(%v160) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v163 = "stablehlo.logistic"(%v161) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v164 = "stablehlo.multiply"(%v161, %v163) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v165 = "stablehlo.multiply"(%v164, %v162) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v166 = "stablehlo.reshape"(%v165) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v167 = "stablehlo.custom_call"(%v166, %v6) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v168 = "stablehlo.reshape"(%v167) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v169 = "stablehlo.add"(%v139, %v168) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v170 = "stablehlo.multiply"(%v169, %v169) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v171 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v175 = "stablehlo.reduce"(%v170, %v171) ({
      ^bb0(%v172: tensor<f32>, %v173: tensor<f32>):
        %v174 = "stablehlo.add"(%v172, %v173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v174) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v176 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v177 = "stablehlo.broadcast_in_dim"(%v176) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v178 = "stablehlo.divide"(%v175, %v177) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v179 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v180 = "stablehlo.broadcast_in_dim"(%v179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v181 = "stablehlo.add"(%v178, %v180) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v182 = "stablehlo.rsqrt"(%v181) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v183 = "stablehlo.reshape"(%v182) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v184 = "stablehlo.broadcast_in_dim"(%v183) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v185 = "stablehlo.multiply"(%v169, %v184) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v186 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v187 = "stablehlo.multiply"(%v185, %v186) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v188 = "stablehlo.reshape"(%v187) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v189 = "stablehlo.custom_call"(%v188, %v8) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
    %v190 = "stablehlo.reshape"(%v189) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %v191 = "stablehlo.slice"(%v190) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
    %v192 = "stablehlo.reshape"(%v191) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
    %v193 = "stablehlo.transpose"(%v192) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
    %v194 = "stablehlo.slice"(%v193) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v195 = "stablehlo.slice"(%v193) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
    %v196 = "stablehlo.negate"(%v195) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
    %v197 = "stablehlo.concatenate"(%v196, %v194) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
    %v198 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v199 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v200 = "stablehlo.broadcast_in_dim"(%v198) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v201 = "stablehlo.multiply"(%v193, %v200) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v202 = "stablehlo.broadcast_in_dim"(%v199) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v203 = "stablehlo.multiply"(%v197, %v202) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v204 = "stablehlo.add"(%v201, %v203) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
    %v205 = "stablehlo.slice"(%v190) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v206 = "stablehlo.reshape"(%v205) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v207 = "stablehlo.transpose"(%v206) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v208 = "stablehlo.slice"(%v207) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v209 = "stablehlo.slice"(%v207) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v210 = "stablehlo.negate"(%v209) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v211 = "stablehlo.concatenate"(%v210, %v208) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v212 = "stablehlo.reshape"(%v40) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v213 = "stablehlo.reshape"(%v41) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v214 = "stablehlo.broadcast_in_dim"(%v212) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v215 = "stablehlo.multiply"(%v207, %v214) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v216 = "stablehlo.broadcast_in_dim"(%v213) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v217 = "stablehlo.multiply"(%v211, %v216) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v218 = "stablehlo.add"(%v215, %v217) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v219 = "stablehlo.slice"(%v190) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
    %v220 = "stablehlo.reshape"(%v219) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v221 = "stablehlo.transpose"(%v220) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v222 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
    %v223 = "stablehlo.broadcast_in_dim"(%v222) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v224 = "stablehlo.multiply"(%v18, %v223) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v225 = "stablehlo.reshape"(%v224) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v226 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
    %v227 = "stablehlo.broadcast_in_dim"(%v225) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v228 = "stablehlo.add"(%v227, %v226) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
    %v229 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v230 = "stablehlo.broadcast_in_dim"(%v229) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
    %v231 = "stablehlo.reshape"(%v228) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v232 = "stablehlo.reshape"(%v230) : (tensor<1x2xi32>) -> tensor<2x1xi32>
    %v233 = "stablehlo.concatenate"(%v231, %v232) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
    %v234 = "stablehlo.reshape"(%v218) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v235 = "stablehlo.reshape"(%v221) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
    %v238 = "stablehlo.scatter"(%v21, %v233, %v234) ({
      ^bb0(%v236: tensor<f32>, %v237: tensor<f32>):
        "stablehlo.return"(%v237) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v241 = "stablehlo.scatter"(%v23, %v233, %v235) ({
      ^bb0(%v239: tensor<f32>, %v240: tensor<f32>):
        "stablehlo.return"(%v240) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<2x64x16xf32>
    %v242 = "stablehlo.reshape"(%v204) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v243 = "stablehlo.reshape"(%v242) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v244 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v245 = "stablehlo.reshape"(%v243) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
    %v246 = "stablehlo.custom_call"(%v245, %v238, %v241, %v16, %v18, %v244) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v247 = "stablehlo.reshape"(%v246) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v248 = "stablehlo.reshape"(%v247) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v249 = "stablehlo.transpose"(%v248) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v250 = "stablehlo.reshape"(%v249) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v251 = "stablehlo.reshape"(%v250) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v252 = "stablehlo.custom_call"(%v251, %v9) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v253 = "stablehlo.reshape"(%v252) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v254 = "stablehlo.add"(%v169, %v253) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v255 = "stablehlo.multiply"(%v254, %v254) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v256 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v260 = "stablehlo.reduce"(%v255, %v256) ({
      ^bb0(%v257: tensor<f32>, %v258: tensor<f32>):
        %v259 = "stablehlo.add"(%v257, %v258) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v259) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v261 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v262 = "stablehlo.broadcast_in_dim"(%v261) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v263 = "stablehlo.divide"(%v260, %v262) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v264 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v265 = "stablehlo.broadcast_in_dim"(%v264) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v266 = "stablehlo.add"(%v263, %v265) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v267 = "stablehlo.rsqrt"(%v266) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v268 = "stablehlo.reshape"(%v267) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v269 = "stablehlo.broadcast_in_dim"(%v268) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v270 = "stablehlo.multiply"(%v254, %v269) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v271 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v272 = "stablehlo.multiply"(%v270, %v271) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v273 = "stablehlo.reshape"(%v272) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v274 = "stablehlo.custom_call"(%v273, %v11) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v275 = "stablehlo.reshape"(%v274) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v276 = "stablehlo.slice"(%v275) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v277 = "stablehlo.slice"(%v275) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v278 = "stablehlo.logistic"(%v276) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v279 = "stablehlo.multiply"(%v276, %v278) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v280 = "stablehlo.multiply"(%v279, %v277) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v282 = "stablehlo.custom_call"(%v281, %v12) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
    %v283 = "stablehlo.reshape"(%v282) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v284 = "stablehlo.add"(%v254, %v283) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v285 = "stablehlo.multiply"(%v284, %v284) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v286 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v290 = "stablehlo.reduce"(%v285, %v286) ({
      ^bb0(%v287: tensor<f32>, %v288: tensor<f32>):
        %v289 = "stablehlo.add"(%v287, %v288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v289) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v291 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v292 = "stablehlo.broadcast_in_dim"(%v291) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v293 = "stablehlo.divide"(%v290, %v292) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v294 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v295 = "stablehlo.broadcast_in_dim"(%v294) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v296 = "stablehlo.add"(%v293, %v295) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v297 = "stablehlo.rsqrt"(%v296) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v298 = "stablehlo.reshape"(%v297) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v299 = "stablehlo.broadcast_in_dim"(%v298) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v300 = "stablehlo.multiply"(%v284, %v299) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v301 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v302 = "stablehlo.multiply"(%v300, %v301) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v303 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v304 = "stablehlo.dynamic_slice"(%v302, %v303, %v19, %v303) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v305 = "stablehlo.reshape"(%v304) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v306 = "stablehlo.custom_call"(%v305, %v14) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v307 = "stablehlo.reshape"(%v306) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v308 = "stablehlo.reshape"(%v307) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v309 = "stablehlo.reshape"(%v24) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v310 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v311 = "stablehlo.broadcast_in_dim"(%v310) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v312 = "stablehlo.compare"(%v309, %v311) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v313 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v314 = "stablehlo.broadcast_in_dim"(%v313) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v315 = "stablehlo.select"(%v312, %v314, %v309) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v316 = "stablehlo.broadcast_in_dim"(%v315) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v317 = "stablehlo.divide"(%v308, %v316) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v318 = "stablehlo.bitcast_convert"(%v317) : (tensor<1x96xf32>) -> tensor<1x96xui32>
    %v319 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v320 = "stablehlo.broadcast_in_dim"(%v319) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v321 = "stablehlo.compare"(%v318, %v320) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v322 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
    %v323 = "stablehlo.broadcast_in_dim"(%v322) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v324 = "stablehlo.xor"(%v318, %v323) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v325 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v326 = "stablehlo.broadcast_in_dim"(%v325) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v327 = "stablehlo.or"(%v318, %v326) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v328 = "stablehlo.select"(%v321, %v324, %v327) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v329 = "stablehlo.reshape"(%v25) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v330 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v331 = "stablehlo.broadcast_in_dim"(%v330) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v332 = "stablehlo.compare"(%v329, %v331) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v333 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v334 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v335 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v374, %v375, %v376, %v377, %v378 = "stablehlo.while"(%v333, %v334, %v335, %v328, %v329) ({
      ^bb0(%v336: tensor<i32>, %v337: tensor<1x1xui32>, %v338: tensor<1x1xui32>, %v372: tensor<1x96xui32>, %v373: tensor<1x1xi32>):
        %v339 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v340 = "stablehlo.compare"(%v336, %v339) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v340) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v342: tensor<i32>, %v343: tensor<1x1xui32>, %v344: tensor<1x1xui32>, %v351: tensor<1x96xui32>, %v360: tensor<1x1xi32>):
        %v345 = "stablehlo.subtract"(%v344, %v343) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v346 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v347 = "stablehlo.broadcast_in_dim"(%v346) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v348 = "stablehlo.shift_right_logical"(%v345, %v347) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v349 = "stablehlo.add"(%v343, %v348) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v350 = "stablehlo.broadcast_in_dim"(%v349) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v352 = "stablehlo.compare"(%v351, %v350) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v353 = "stablehlo.convert"(%v352) : (tensor<1x96xi1>) -> tensor<1x96xi32>
        %v354 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v358 = "stablehlo.reduce"(%v353, %v354) ({
          ^bb0(%v355: tensor<i32>, %v356: tensor<i32>):
            %v357 = "stablehlo.add"(%v355, %v356) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v357) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v359 = "stablehlo.reshape"(%v358) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v361 = "stablehlo.compare"(%v359, %v360) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v362 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v363 = "stablehlo.add"(%v342, %v362) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v364 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v365 = "stablehlo.broadcast_in_dim"(%v364) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v366 = "stablehlo.add"(%v349, %v365) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v367 = "stablehlo.select"(%v361, %v343, %v366) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v368 = "stablehlo.select"(%v361, %v349, %v344) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v363, %v367, %v368, %v351, %v360) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
    %v379 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v380 = "stablehlo.broadcast_in_dim"(%v379) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v381 = "stablehlo.select"(%v332, %v380, %v376) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v382 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v386 = "stablehlo.reduce"(%v317, %v382) ({
      ^bb0(%v383: tensor<f32>, %v384: tensor<f32>):
        %v385 = "stablehlo.maximum"(%v383, %v384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v385) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v387 = "stablehlo.reshape"(%v386) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v388 = "stablehlo.broadcast_in_dim"(%v387) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v389 = "stablehlo.subtract"(%v317, %v388) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v390 = "stablehlo.exponential"(%v389) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v391 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v395 = "stablehlo.reduce"(%v390, %v391) ({
      ^bb0(%v392: tensor<f32>, %v393: tensor<f32>):
        %v394 = "stablehlo.add"(%v392, %v393) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v394) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v396 = "stablehlo.reshape"(%v395) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v397 = "stablehlo.broadcast_in_dim"(%v396) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v398 = "stablehlo.divide"(%v390, %v397) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v399 = "stablehlo.reshape"(%v26) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v400 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v401 = "stablehlo.broadcast_in_dim"(%v400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v402 = "stablehlo.compare"(%v399, %v401) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v403 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v404 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v405 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v406 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v450, %v451, %v452, %v453, %v454, %v455, %v456 = "stablehlo.while"(%v404, %v405, %v406, %v328, %v403, %v398, %v399) ({
      ^bb0(%v407: tensor<i32>, %v408: tensor<1x1xui32>, %v409: tensor<1x1xui32>, %v446: tensor<1x96xui32>, %v447: tensor<f32>, %v448: tensor<1x96xf32>, %v449: tensor<1x1xf32>):
        %v410 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v411 = "stablehlo.compare"(%v407, %v410) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v411) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v413: tensor<i32>, %v414: tensor<1x1xui32>, %v415: tensor<1x1xui32>, %v422: tensor<1x96xui32>, %v424: tensor<f32>, %v426: tensor<1x96xf32>, %v434: tensor<1x1xf32>):
        %v416 = "stablehlo.subtract"(%v415, %v414) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v417 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v418 = "stablehlo.broadcast_in_dim"(%v417) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v419 = "stablehlo.shift_right_logical"(%v416, %v418) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v420 = "stablehlo.add"(%v414, %v419) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v421 = "stablehlo.broadcast_in_dim"(%v420) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v423 = "stablehlo.compare"(%v422, %v421) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v425 = "stablehlo.broadcast_in_dim"(%v424) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v427 = "stablehlo.select"(%v423, %v426, %v425) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v428 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v432 = "stablehlo.reduce"(%v427, %v428) ({
          ^bb0(%v429: tensor<f32>, %v430: tensor<f32>):
            %v431 = "stablehlo.add"(%v429, %v430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v431) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v433 = "stablehlo.reshape"(%v432) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v435 = "stablehlo.compare"(%v433, %v434) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v436 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v437 = "stablehlo.add"(%v413, %v436) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v438 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v439 = "stablehlo.broadcast_in_dim"(%v438) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v440 = "stablehlo.add"(%v420, %v439) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v441 = "stablehlo.select"(%v435, %v414, %v440) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v442 = "stablehlo.select"(%v435, %v420, %v415) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v437, %v441, %v442, %v422, %v424, %v426, %v434) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
    %v457 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v458 = "stablehlo.broadcast_in_dim"(%v457) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v459 = "stablehlo.select"(%v402, %v458, %v452) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v460 = "stablehlo.maximum"(%v381, %v459) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v461 = "stablehlo.broadcast_in_dim"(%v460) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v462 = "stablehlo.compare"(%v328, %v461) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v463 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v464 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v465 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v466 = "stablehlo.broadcast_in_dim"(%v465) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v467 = "stablehlo.xor"(%v463, %v466) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v468 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v469 = "stablehlo.broadcast_in_dim"(%v468) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v470 = "stablehlo.shift_right_logical"(%v467, %v469) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v471 = "stablehlo.xor"(%v467, %v470) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v472 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v473 = "stablehlo.broadcast_in_dim"(%v472) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v474 = "stablehlo.multiply"(%v471, %v473) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v475 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v476 = "stablehlo.broadcast_in_dim"(%v475) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v477 = "stablehlo.shift_right_logical"(%v474, %v476) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v478 = "stablehlo.xor"(%v474, %v477) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v479 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v480 = "stablehlo.broadcast_in_dim"(%v479) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v481 = "stablehlo.multiply"(%v478, %v480) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v482 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v483 = "stablehlo.broadcast_in_dim"(%v482) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v484 = "stablehlo.shift_right_logical"(%v481, %v483) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v485 = "stablehlo.xor"(%v481, %v484) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v486 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v487 = "stablehlo.xor"(%v485, %v486) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v488 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v489 = "stablehlo.broadcast_in_dim"(%v488) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v490 = "stablehlo.shift_right_logical"(%v487, %v489) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v491 = "stablehlo.xor"(%v487, %v490) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v492 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v493 = "stablehlo.broadcast_in_dim"(%v492) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v494 = "stablehlo.multiply"(%v491, %v493) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v495 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v496 = "stablehlo.broadcast_in_dim"(%v495) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v497 = "stablehlo.shift_right_logical"(%v494, %v496) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v498 = "stablehlo.xor"(%v494, %v497) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v499 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v500 = "stablehlo.broadcast_in_dim"(%v499) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v501 = "stablehlo.multiply"(%v498, %v500) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v502 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v503 = "stablehlo.broadcast_in_dim"(%v502) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v504 = "stablehlo.shift_right_logical"(%v501, %v503) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v505 = "stablehlo.xor"(%v501, %v504) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v506 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v507 = "stablehlo.xor"(%v505, %v506) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v508 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v509 = "stablehlo.broadcast_in_dim"(%v508) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v510 = "stablehlo.shift_right_logical"(%v507, %v509) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v511 = "stablehlo.xor"(%v507, %v510) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v512 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v513 = "stablehlo.broadcast_in_dim"(%v512) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v514 = "stablehlo.multiply"(%v511, %v513) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v515 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v516 = "stablehlo.broadcast_in_dim"(%v515) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v517 = "stablehlo.shift_right_logical"(%v514, %v516) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v518 = "stablehlo.xor"(%v514, %v517) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v519 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v520 = "stablehlo.broadcast_in_dim"(%v519) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v521 = "stablehlo.multiply"(%v518, %v520) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v522 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v523 = "stablehlo.broadcast_in_dim"(%v522) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v524 = "stablehlo.shift_right_logical"(%v521, %v523) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v525 = "stablehlo.xor"(%v521, %v524) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v526 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v527 = "stablehlo.broadcast_in_dim"(%v525) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v528 = "stablehlo.xor"(%v526, %v527) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v529 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v530 = "stablehlo.broadcast_in_dim"(%v529) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v531 = "stablehlo.shift_right_logical"(%v528, %v530) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v532 = "stablehlo.xor"(%v528, %v531) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v533 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v534 = "stablehlo.broadcast_in_dim"(%v533) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v535 = "stablehlo.multiply"(%v532, %v534) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v536 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v537 = "stablehlo.broadcast_in_dim"(%v536) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v538 = "stablehlo.shift_right_logical"(%v535, %v537) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v539 = "stablehlo.xor"(%v535, %v538) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v540 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v541 = "stablehlo.broadcast_in_dim"(%v540) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v542 = "stablehlo.multiply"(%v539, %v541) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v543 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v544 = "stablehlo.broadcast_in_dim"(%v543) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v545 = "stablehlo.shift_right_logical"(%v542, %v544) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v546 = "stablehlo.xor"(%v542, %v545) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v547 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v548 = "stablehlo.broadcast_in_dim"(%v547) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v549 = "stablehlo.add"(%v546, %v548) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v550 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v551 = "stablehlo.broadcast_in_dim"(%v550) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v552 = "stablehlo.shift_right_logical"(%v549, %v551) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v553 = "stablehlo.xor"(%v549, %v552) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v554 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v555 = "stablehlo.broadcast_in_dim"(%v554) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v556 = "stablehlo.multiply"(%v553, %v555) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v557 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v558 = "stablehlo.broadcast_in_dim"(%v557) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v559 = "stablehlo.shift_right_logical"(%v556, %v558) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v560 = "stablehlo.xor"(%v556, %v559) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v561 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v562 = "stablehlo.broadcast_in_dim"(%v561) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v563 = "stablehlo.multiply"(%v560, %v562) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v564 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v565 = "stablehlo.broadcast_in_dim"(%v564) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v566 = "stablehlo.shift_right_logical"(%v563, %v565) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v567 = "stablehlo.xor"(%v563, %v566) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v568 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v569 = "stablehlo.broadcast_in_dim"(%v568) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v570 = "stablehlo.shift_right_logical"(%v567, %v569) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v571 = "stablehlo.convert"(%v570) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v572 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v573 = "stablehlo.broadcast_in_dim"(%v572) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v574 = "stablehlo.add"(%v571, %v573) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v575 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v576 = "stablehlo.broadcast_in_dim"(%v575) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v577 = "stablehlo.multiply"(%v574, %v576) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v578 = "stablehlo.log"(%v577) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v579 = "stablehlo.negate"(%v578) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v580 = "stablehlo.log"(%v579) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v581 = "stablehlo.negate"(%v580) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v582 = "stablehlo.add"(%v317, %v581) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v583 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v584 = "stablehlo.broadcast_in_dim"(%v583) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v585 = "stablehlo.select"(%v462, %v582, %v584) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v586 = "stablehlo.reshape"(%v312) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v587 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v588 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v589 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v601, %v602 = "stablehlo.reduce"(%v308, %v587, %v588, %v589) ({
      ^bb0(%v590: tensor<f32>, %v591: tensor<i32>, %v592: tensor<f32>, %v593: tensor<i32>):
        %v594 = "stablehlo.compare"(%v592, %v590) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v595 = "stablehlo.compare"(%v592, %v590) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v596 = "stablehlo.compare"(%v593, %v591) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v597 = "stablehlo.and"(%v595, %v596) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v598 = "stablehlo.or"(%v594, %v597) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v599 = "stablehlo.select"(%v598, %v592, %v590) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v600 = "stablehlo.select"(%v598, %v593, %v591) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v599, %v600) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v603 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v604 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v605 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v617, %v618 = "stablehlo.reduce"(%v585, %v603, %v604, %v605) ({
      ^bb0(%v606: tensor<f32>, %v607: tensor<i32>, %v608: tensor<f32>, %v609: tensor<i32>):
        %v610 = "stablehlo.compare"(%v608, %v606) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v611 = "stablehlo.compare"(%v608, %v606) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v612 = "stablehlo.compare"(%v609, %v607) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v613 = "stablehlo.and"(%v611, %v612) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v614 = "stablehlo.or"(%v610, %v613) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v615 = "stablehlo.select"(%v614, %v608, %v606) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v616 = "stablehlo.select"(%v614, %v609, %v607) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v615, %v616) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v619 = "stablehlo.select"(%v586, %v602, %v618) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v620 = "stablehlo.reshape"(%v619) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v620, %v123, %v238, %v126, %v241) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
