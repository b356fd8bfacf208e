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
    %v74 = "stablehlo.custom_call"(%v73, %v2) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
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
    %v131 = "stablehlo.custom_call"(%v130, %v123, %v126, %v16, %v18, %v129) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v132 = "stablehlo.reshape"(%v131) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v133 = "stablehlo.reshape"(%v132) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v134 = "stablehlo.transpose"(%v133) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v135 = "stablehlo.reshape"(%v134) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v136 = "stablehlo.reshape"(%v135) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v137 = "stablehlo.custom_call"(%v136, %v3) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
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
    %v159 = "stablehlo.custom_call"(%v158, %v5) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v160 = "stablehlo.reshape"(%v159) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v161 = "stablehlo.slice"(%v160) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v162 = "stablehlo.slice"(%v160) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v163 = "stablehlo.logistic"(%v161) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v164 = "stablehlo.multiply"(%v161, %v163) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v165 = "stablehlo.multiply"(%v164, %v162) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v166 = "stablehlo.reshape"(%v165) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v167 = "stablehlo.custom_call"(%v166, %v6) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
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
    %v189 = "stablehlo.custom_call"(%v188, %v8) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<128x64xf32>) -> tensor<16x128xf32>
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
    %v246 = "stablehlo.custom_call"(%v245, %v238, %v241, %v16, %v18, %v244) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x16x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
    %v247 = "stablehlo.reshape"(%v246) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
    %v248 = "stablehlo.reshape"(%v247) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
    %v249 = "stablehlo.transpose"(%v248) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
    %v250 = "stablehlo.reshape"(%v249) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
    %v251 = "stablehlo.reshape"(%v250) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v252 = "stablehlo.custom_call"(%v251, %v9) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
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
    %v274 = "stablehlo.custom_call"(%v273, %v11) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x64xf32>, tensor<320x64xf32>) -> tensor<16x320xf32>
    %v275 = "stablehlo.reshape"(%v274) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
    %v276 = "stablehlo.slice"(%v275) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v277 = "stablehlo.slice"(%v275) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
    %v278 = "stablehlo.logistic"(%v276) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v279 = "stablehlo.multiply"(%v276, %v278) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v280 = "stablehlo.multiply"(%v279, %v277) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
    %v282 = "stablehlo.custom_call"(%v281, %v12) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<16x160xf32>, tensor<64x160xf32>) -> tensor<16x64xf32>
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
    %v306 = "stablehlo.custom_call"(%v305, %v14) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
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
    %v318 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v324, %v325 = "stablehlo.sort"(%v317, %v318) ({
      ^bb0(%v319: tensor<f32>, %v320: tensor<f32>, %v321: tensor<i32>, %v322: tensor<i32>):
        %v323 = "stablehlo.compare"(%v319, %v320) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        "stablehlo.return"(%v323) : (tensor<i1>) -> ()
    }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
    %v326 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v327 = "stablehlo.reshape"(%v25) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v328 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v329 = "stablehlo.broadcast_in_dim"(%v328) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v330 = "stablehlo.compare"(%v327, %v329) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v331 = "stablehlo.broadcast_in_dim"(%v327) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v332 = "stablehlo.compare"(%v326, %v331) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v333 = "stablehlo.broadcast_in_dim"(%v330) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x96xi1>
    %v334 = "stablehlo.or"(%v332, %v333) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v335 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v339 = "stablehlo.reduce"(%v324, %v335) ({
      ^bb0(%v336: tensor<f32>, %v337: tensor<f32>):
        %v338 = "stablehlo.maximum"(%v336, %v337) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v338) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v340 = "stablehlo.reshape"(%v339) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v341 = "stablehlo.broadcast_in_dim"(%v340) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v342 = "stablehlo.subtract"(%v324, %v341) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v343 = "stablehlo.exponential"(%v342) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v344 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v348 = "stablehlo.reduce"(%v343, %v344) ({
      ^bb0(%v345: tensor<f32>, %v346: tensor<f32>):
        %v347 = "stablehlo.add"(%v345, %v346) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v347) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v349 = "stablehlo.reshape"(%v348) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v350 = "stablehlo.broadcast_in_dim"(%v349) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v351 = "stablehlo.divide"(%v343, %v350) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v352 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %v353 = "stablehlo.slice"(%v351) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
    %v354 = "stablehlo.concatenate"(%v352, %v353) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
    %v355 = "stablehlo.add"(%v351, %v354) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v356 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
    %v357 = "stablehlo.slice"(%v355) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
    %v358 = "stablehlo.concatenate"(%v356, %v357) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
    %v359 = "stablehlo.add"(%v355, %v358) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v360 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
    %v361 = "stablehlo.slice"(%v359) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
    %v362 = "stablehlo.concatenate"(%v360, %v361) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
    %v363 = "stablehlo.add"(%v359, %v362) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v364 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
    %v365 = "stablehlo.slice"(%v363) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
    %v366 = "stablehlo.concatenate"(%v364, %v365) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
    %v367 = "stablehlo.add"(%v363, %v366) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v368 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
    %v369 = "stablehlo.slice"(%v367) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
    %v370 = "stablehlo.concatenate"(%v368, %v369) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
    %v371 = "stablehlo.add"(%v367, %v370) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v372 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
    %v373 = "stablehlo.slice"(%v371) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
    %v374 = "stablehlo.concatenate"(%v372, %v373) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
    %v375 = "stablehlo.add"(%v371, %v374) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v376 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
    %v377 = "stablehlo.slice"(%v375) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
    %v378 = "stablehlo.concatenate"(%v376, %v377) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
    %v379 = "stablehlo.add"(%v375, %v378) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v380 = "stablehlo.subtract"(%v379, %v351) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v381 = "stablehlo.reshape"(%v26) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v382 = "stablehlo.broadcast_in_dim"(%v381) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v383 = "stablehlo.compare"(%v380, %v382) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v384 = "stablehlo.and"(%v334, %v383) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
    %v385 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v386 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v387 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v388 = "stablehlo.broadcast_in_dim"(%v387) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v389 = "stablehlo.xor"(%v385, %v388) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v390 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v391 = "stablehlo.broadcast_in_dim"(%v390) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v392 = "stablehlo.shift_right_logical"(%v389, %v391) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v393 = "stablehlo.xor"(%v389, %v392) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v394 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v395 = "stablehlo.broadcast_in_dim"(%v394) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v396 = "stablehlo.multiply"(%v393, %v395) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v397 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v398 = "stablehlo.broadcast_in_dim"(%v397) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v399 = "stablehlo.shift_right_logical"(%v396, %v398) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v400 = "stablehlo.xor"(%v396, %v399) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v401 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v402 = "stablehlo.broadcast_in_dim"(%v401) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v403 = "stablehlo.multiply"(%v400, %v402) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v404 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v405 = "stablehlo.broadcast_in_dim"(%v404) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v406 = "stablehlo.shift_right_logical"(%v403, %v405) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v407 = "stablehlo.xor"(%v403, %v406) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v408 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v409 = "stablehlo.xor"(%v407, %v408) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v410 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v411 = "stablehlo.broadcast_in_dim"(%v410) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v412 = "stablehlo.shift_right_logical"(%v409, %v411) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v413 = "stablehlo.xor"(%v409, %v412) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v414 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v415 = "stablehlo.broadcast_in_dim"(%v414) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v416 = "stablehlo.multiply"(%v413, %v415) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v417 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v418 = "stablehlo.broadcast_in_dim"(%v417) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v419 = "stablehlo.shift_right_logical"(%v416, %v418) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v420 = "stablehlo.xor"(%v416, %v419) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v421 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v422 = "stablehlo.broadcast_in_dim"(%v421) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v423 = "stablehlo.multiply"(%v420, %v422) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v424 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v425 = "stablehlo.broadcast_in_dim"(%v424) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v426 = "stablehlo.shift_right_logical"(%v423, %v425) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v427 = "stablehlo.xor"(%v423, %v426) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v428 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v429 = "stablehlo.xor"(%v427, %v428) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v430 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v431 = "stablehlo.broadcast_in_dim"(%v430) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v432 = "stablehlo.shift_right_logical"(%v429, %v431) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v433 = "stablehlo.xor"(%v429, %v432) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v434 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v435 = "stablehlo.broadcast_in_dim"(%v434) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v436 = "stablehlo.multiply"(%v433, %v435) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v437 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v438 = "stablehlo.broadcast_in_dim"(%v437) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v439 = "stablehlo.shift_right_logical"(%v436, %v438) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v440 = "stablehlo.xor"(%v436, %v439) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v441 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v442 = "stablehlo.broadcast_in_dim"(%v441) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v443 = "stablehlo.multiply"(%v440, %v442) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v444 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v445 = "stablehlo.broadcast_in_dim"(%v444) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v446 = "stablehlo.shift_right_logical"(%v443, %v445) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v447 = "stablehlo.xor"(%v443, %v446) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v448 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v449 = "stablehlo.broadcast_in_dim"(%v447) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v450 = "stablehlo.xor"(%v448, %v449) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v451 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v452 = "stablehlo.broadcast_in_dim"(%v451) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v453 = "stablehlo.shift_right_logical"(%v450, %v452) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v454 = "stablehlo.xor"(%v450, %v453) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v455 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v456 = "stablehlo.broadcast_in_dim"(%v455) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v457 = "stablehlo.multiply"(%v454, %v456) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v458 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v459 = "stablehlo.broadcast_in_dim"(%v458) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v460 = "stablehlo.shift_right_logical"(%v457, %v459) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v461 = "stablehlo.xor"(%v457, %v460) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v462 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v463 = "stablehlo.broadcast_in_dim"(%v462) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v464 = "stablehlo.multiply"(%v461, %v463) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v465 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v466 = "stablehlo.broadcast_in_dim"(%v465) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v467 = "stablehlo.shift_right_logical"(%v464, %v466) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v468 = "stablehlo.xor"(%v464, %v467) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v469 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v470 = "stablehlo.broadcast_in_dim"(%v469) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v471 = "stablehlo.add"(%v468, %v470) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v472 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v473 = "stablehlo.broadcast_in_dim"(%v472) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v474 = "stablehlo.shift_right_logical"(%v471, %v473) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v475 = "stablehlo.xor"(%v471, %v474) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v476 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v477 = "stablehlo.broadcast_in_dim"(%v476) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v478 = "stablehlo.multiply"(%v475, %v477) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v479 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v480 = "stablehlo.broadcast_in_dim"(%v479) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v481 = "stablehlo.shift_right_logical"(%v478, %v480) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v482 = "stablehlo.xor"(%v478, %v481) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v483 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v484 = "stablehlo.broadcast_in_dim"(%v483) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v485 = "stablehlo.multiply"(%v482, %v484) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v486 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v487 = "stablehlo.broadcast_in_dim"(%v486) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v488 = "stablehlo.shift_right_logical"(%v485, %v487) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v489 = "stablehlo.xor"(%v485, %v488) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v490 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v491 = "stablehlo.broadcast_in_dim"(%v490) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v492 = "stablehlo.shift_right_logical"(%v489, %v491) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v493 = "stablehlo.convert"(%v492) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v494 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v495 = "stablehlo.broadcast_in_dim"(%v494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v496 = "stablehlo.add"(%v493, %v495) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v497 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v498 = "stablehlo.broadcast_in_dim"(%v497) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v499 = "stablehlo.multiply"(%v496, %v498) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v500 = "stablehlo.log"(%v499) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v501 = "stablehlo.negate"(%v500) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v502 = "stablehlo.log"(%v501) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v503 = "stablehlo.negate"(%v502) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v504 = "stablehlo.add"(%v324, %v503) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v505 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v506 = "stablehlo.broadcast_in_dim"(%v505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v507 = "stablehlo.select"(%v384, %v504, %v506) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v508 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v509 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v510 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v522, %v523 = "stablehlo.reduce"(%v507, %v508, %v509, %v510) ({
      ^bb0(%v511: tensor<f32>, %v512: tensor<i32>, %v513: tensor<f32>, %v514: tensor<i32>):
        %v515 = "stablehlo.compare"(%v513, %v511) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v516 = "stablehlo.compare"(%v513, %v511) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v517 = "stablehlo.compare"(%v514, %v512) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v518 = "stablehlo.and"(%v516, %v517) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v519 = "stablehlo.or"(%v515, %v518) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v520 = "stablehlo.select"(%v519, %v513, %v511) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v521 = "stablehlo.select"(%v519, %v514, %v512) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v520, %v521) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v524 = "stablehlo.reshape"(%v523) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v525 = "stablehlo.broadcast_in_dim"(%v524) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
    %v526 = "stablehlo.compare"(%v326, %v525) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
    %v527 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v528 = "stablehlo.broadcast_in_dim"(%v527) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v529 = "stablehlo.select"(%v526, %v325, %v528) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v530 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v534 = "stablehlo.reduce"(%v529, %v530) ({
      ^bb0(%v531: tensor<i32>, %v532: tensor<i32>):
        %v533 = "stablehlo.add"(%v531, %v532) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v533) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v535 = "stablehlo.reshape"(%v312) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v536 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v537 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v538 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v550, %v551 = "stablehlo.reduce"(%v308, %v536, %v537, %v538) ({
      ^bb0(%v539: tensor<f32>, %v540: tensor<i32>, %v541: tensor<f32>, %v542: tensor<i32>):
        %v543 = "stablehlo.compare"(%v541, %v539) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v544 = "stablehlo.compare"(%v541, %v539) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %v545 = "stablehlo.compare"(%v542, %v540) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v546 = "stablehlo.and"(%v544, %v545) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v547 = "stablehlo.or"(%v543, %v546) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %v548 = "stablehlo.select"(%v547, %v541, %v539) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %v549 = "stablehlo.select"(%v547, %v542, %v540) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v548, %v549) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
    %v552 = "stablehlo.select"(%v535, %v551, %v534) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v553 = "stablehlo.reshape"(%v552) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v553, %v123, %v238, %v126, %v241) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
