module @prefill_t16_b1_s64_f32_greedy attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(
      %v0: tensor<96x64xf32> {xlagen.name = "model.embed_tokens.weight"},
      %v1: tensor<128xf32> {xlagen.name = "model.layers.input_layernorm.weight"},
      %v2: tensor<256x64xf32> {xlagen.name = "model.layers.self_attn.qkv_proj.weight"},
      %v3: tensor<128x64xf32> {xlagen.name = "model.layers.self_attn.o_proj.weight"},
      %v4: tensor<128xf32> {xlagen.name = "model.layers.post_attention_layernorm.weight"},
      %v5: tensor<640x64xf32> {xlagen.name = "model.layers.mlp.gate_up_proj.weight"},
      %v6: tensor<128x160xf32> {xlagen.name = "model.layers.mlp.down_proj.weight"},
      %v7: tensor<64xf32> {xlagen.name = "model.norm.weight"},
      %v8: tensor<96x64xf32> {xlagen.name = "lm_head.weight"},
      %v9: tensor<1x16xi32> {xlagen.name = "tokens"},
      %v10: tensor<1xi32> {xlagen.name = "start"},
      %v11: tensor<i32> {xlagen.name = "slot"},
      %v13: tensor<i32> {xlagen.name = "last"},
      %v14: tensor<4x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache"},
      %v15: tensor<4x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "v_cache"}
  ) -> (tensor<1x1xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>) {
    %v12 = "stablehlo.reshape"(%v11) : (tensor<i32>) -> tensor<1xi32>
    %v16 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v17 = "stablehlo.reshape"(%v10) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v18 = "stablehlo.broadcast_in_dim"(%v17) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v19 = "stablehlo.add"(%v16, %v18) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v20 = "stablehlo.convert"(%v19) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v21 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v22 = "stablehlo.reshape"(%v20) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v23 = "stablehlo.reshape"(%v21) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v24 = "stablehlo.broadcast_in_dim"(%v22) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v25 = "stablehlo.broadcast_in_dim"(%v23) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v26 = "stablehlo.multiply"(%v24, %v25) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v27 = "stablehlo.concatenate"(%v26, %v26) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v28 = "stablehlo.cosine"(%v27) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v29 = "stablehlo.sine"(%v27) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v30 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v31 = "stablehlo.reshape"(%v10) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v32 = "stablehlo.broadcast_in_dim"(%v31) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v33 = "stablehlo.add"(%v30, %v32) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v34 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v35 = "stablehlo.compare"(%v34, %v33) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v36 = "stablehlo.subtract"(%v33, %v34) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v37 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v38 = "stablehlo.broadcast_in_dim"(%v37) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v39 = "stablehlo.compare"(%v36, %v38) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v40 = "stablehlo.and"(%v35, %v39) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v41 = "stablehlo.reshape"(%v40) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v42 = "stablehlo.gather"(%v0, %v9) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v43 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v208, %v209, %v210, %v211, %v212, %v213, %v214, %v215, %v216, %v217, %v218, %v219, %v220, %v221 = "stablehlo.while"(%v43, %v42, %v14, %v15, %v1, %v4, %v2, %v28, %v29, %v12, %v10, %v3, %v5, %v6) ({
      ^bb0(%v44: tensor<i32>, %v45: tensor<1x16x64xf32>, %v46: tensor<4x64x16xf32>, %v47: tensor<4x64x16xf32>, %v198: tensor<128xf32>, %v199: tensor<128xf32>, %v200: tensor<256x64xf32>, %v201: tensor<1x16x16xf32>, %v202: tensor<1x16x16xf32>, %v203: tensor<1xi32>, %v204: tensor<1xi32>, %v205: tensor<128x64xf32>, %v206: tensor<640x64xf32>, %v207: tensor<128x160xf32>):
        %v48 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v49 = "stablehlo.compare"(%v44, %v48) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v49) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v51: tensor<i32>, %v52: tensor<1x16x64xf32>, %v53: tensor<4x64x16xf32>, %v54: tensor<4x64x16xf32>, %v60: tensor<128xf32>, %v65: tensor<128xf32>, %v86: tensor<256x64xf32>, %v96: tensor<1x16x16xf32>, %v98: tensor<1x16x16xf32>, %v123: tensor<1xi32>, %v132: tensor<1xi32>, %v156: tensor<128x64xf32>, %v179: tensor<640x64xf32>, %v188: tensor<128x160xf32>):
        %v55 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v56 = "stablehlo.multiply"(%v51, %v55) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v57 = "stablehlo.constant"() {value = dense<64> : tensor<i32>} : () -> tensor<i32>
        %v58 = "stablehlo.multiply"(%v51, %v57) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v59 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v61 = "stablehlo.dynamic_slice"(%v60, %v58) {slice_sizes = array<i64: 64>} : (tensor<128xf32>, tensor<i32>) -> tensor<64xf32>
        %v62 = "stablehlo.constant"() {value = dense<64> : tensor<i32>} : () -> tensor<i32>
        %v63 = "stablehlo.multiply"(%v51, %v62) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v64 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v66 = "stablehlo.dynamic_slice"(%v65, %v63) {slice_sizes = array<i64: 64>} : (tensor<128xf32>, tensor<i32>) -> tensor<64xf32>
        %v67 = "stablehlo.multiply"(%v52, %v52) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v68 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v72 = "stablehlo.reduce"(%v67, %v68) ({
          ^bb0(%v69: tensor<f32>, %v70: tensor<f32>):
            %v71 = "stablehlo.add"(%v69, %v70) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v71) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
        %v73 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v74 = "stablehlo.broadcast_in_dim"(%v73) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %v75 = "stablehlo.divide"(%v72, %v74) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %v76 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v77 = "stablehlo.broadcast_in_dim"(%v76) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %v78 = "stablehlo.add"(%v75, %v77) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %v79 = "stablehlo.rsqrt"(%v78) : (tensor<1x16xf32>) -> tensor<1x16xf32>
        %v80 = "stablehlo.reshape"(%v79) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
        %v81 = "stablehlo.broadcast_in_dim"(%v80) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
        %v82 = "stablehlo.multiply"(%v52, %v81) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v83 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
        %v84 = "stablehlo.multiply"(%v82, %v83) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v85 = "stablehlo.reshape"(%v84) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
        %v87 = "stablehlo.custom_call"(%v85, %v86, %v51) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<256x64xf32>, tensor<i32>) -> tensor<16x128xf32>
        %v88 = "stablehlo.reshape"(%v87) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
        %v89 = "stablehlo.slice"(%v88) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
        %v90 = "stablehlo.reshape"(%v89) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
        %v91 = "stablehlo.transpose"(%v90) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
        %v92 = "stablehlo.slice"(%v91) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
        %v93 = "stablehlo.slice"(%v91) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
        %v94 = "stablehlo.negate"(%v93) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
        %v95 = "stablehlo.concatenate"(%v94, %v92) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
        %v97 = "stablehlo.reshape"(%v96) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
        %v99 = "stablehlo.reshape"(%v98) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
        %v100 = "stablehlo.broadcast_in_dim"(%v97) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v101 = "stablehlo.multiply"(%v91, %v100) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v102 = "stablehlo.broadcast_in_dim"(%v99) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v103 = "stablehlo.multiply"(%v95, %v102) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v104 = "stablehlo.add"(%v101, %v103) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v105 = "stablehlo.slice"(%v88) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
        %v106 = "stablehlo.reshape"(%v105) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
        %v107 = "stablehlo.transpose"(%v106) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
        %v108 = "stablehlo.slice"(%v107) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
        %v109 = "stablehlo.slice"(%v107) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
        %v110 = "stablehlo.negate"(%v109) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
        %v111 = "stablehlo.concatenate"(%v110, %v108) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
        %v112 = "stablehlo.reshape"(%v96) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
        %v113 = "stablehlo.reshape"(%v98) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
        %v114 = "stablehlo.broadcast_in_dim"(%v112) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v115 = "stablehlo.multiply"(%v107, %v114) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v116 = "stablehlo.broadcast_in_dim"(%v113) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v117 = "stablehlo.multiply"(%v111, %v116) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v118 = "stablehlo.add"(%v115, %v117) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v119 = "stablehlo.slice"(%v88) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
        %v120 = "stablehlo.reshape"(%v119) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
        %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
        %v122 = "stablehlo.broadcast_in_dim"(%v56) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v124 = "stablehlo.add"(%v123, %v122) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v125 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v126 = "stablehlo.broadcast_in_dim"(%v125) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v127 = "stablehlo.multiply"(%v124, %v126) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v128 = "stablehlo.reshape"(%v127) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v129 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v130 = "stablehlo.broadcast_in_dim"(%v128) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v131 = "stablehlo.add"(%v130, %v129) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v133 = "stablehlo.reshape"(%v132) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v134 = "stablehlo.broadcast_in_dim"(%v133) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v135 = "stablehlo.reshape"(%v131) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v136 = "stablehlo.reshape"(%v134) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v137 = "stablehlo.concatenate"(%v135, %v136) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v138 = "stablehlo.reshape"(%v118) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
        %v139 = "stablehlo.reshape"(%v121) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
        %v142 = "stablehlo.scatter"(%v53, %v137, %v138) ({
          ^bb0(%v140: tensor<f32>, %v141: tensor<f32>):
            "stablehlo.return"(%v141) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<4x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<4x64x16xf32>
        %v145 = "stablehlo.scatter"(%v54, %v137, %v139) ({
          ^bb0(%v143: tensor<f32>, %v144: tensor<f32>):
            "stablehlo.return"(%v144) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<4x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<4x64x16xf32>
        %v146 = "stablehlo.reshape"(%v104) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
        %v147 = "stablehlo.reshape"(%v146) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
        %v148 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v149 = "stablehlo.reshape"(%v147) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
        %v150 = "stablehlo.custom_call"(%v149, %v142, %v145, %v132, %v124, %v148) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x16x16xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
        %v151 = "stablehlo.reshape"(%v150) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
        %v152 = "stablehlo.reshape"(%v151) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
        %v153 = "stablehlo.transpose"(%v152) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
        %v154 = "stablehlo.reshape"(%v153) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
        %v155 = "stablehlo.reshape"(%v154) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
        %v157 = "stablehlo.custom_call"(%v155, %v156, %v51) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<128x64xf32>, tensor<i32>) -> tensor<16x64xf32>
        %v158 = "stablehlo.reshape"(%v157) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
        %v159 = "stablehlo.add"(%v52, %v158) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v160 = "stablehlo.multiply"(%v159, %v159) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v161 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v165 = "stablehlo.reduce"(%v160, %v161) ({
          ^bb0(%v162: tensor<f32>, %v163: tensor<f32>):
            %v164 = "stablehlo.add"(%v162, %v163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v164) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
        %v166 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v167 = "stablehlo.broadcast_in_dim"(%v166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %v168 = "stablehlo.divide"(%v165, %v167) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %v169 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %v171 = "stablehlo.add"(%v168, %v170) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %v172 = "stablehlo.rsqrt"(%v171) : (tensor<1x16xf32>) -> tensor<1x16xf32>
        %v173 = "stablehlo.reshape"(%v172) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
        %v174 = "stablehlo.broadcast_in_dim"(%v173) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
        %v175 = "stablehlo.multiply"(%v159, %v174) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v176 = "stablehlo.broadcast_in_dim"(%v66) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
        %v177 = "stablehlo.multiply"(%v175, %v176) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v178 = "stablehlo.reshape"(%v177) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
        %v180 = "stablehlo.custom_call"(%v178, %v179, %v51) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<640x64xf32>, tensor<i32>) -> tensor<16x320xf32>
        %v181 = "stablehlo.reshape"(%v180) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
        %v182 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
        %v183 = "stablehlo.slice"(%v181) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
        %v184 = "stablehlo.logistic"(%v182) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
        %v185 = "stablehlo.multiply"(%v182, %v184) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
        %v186 = "stablehlo.multiply"(%v185, %v183) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
        %v187 = "stablehlo.reshape"(%v186) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
        %v189 = "stablehlo.custom_call"(%v187, %v188, %v51) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x160xf32>, tensor<128x160xf32>, tensor<i32>) -> tensor<16x64xf32>
        %v190 = "stablehlo.reshape"(%v189) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
        %v191 = "stablehlo.add"(%v159, %v190) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v192 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v193 = "stablehlo.add"(%v51, %v192) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v193, %v191, %v142, %v145, %v60, %v65, %v86, %v96, %v98, %v123, %v132, %v156, %v179, %v188) : (tensor<i32>, tensor<1x16x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>) -> ()
    }) : (tensor<i32>, tensor<1x16x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>) -> (tensor<i32>, tensor<1x16x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>)
    %v222 = "stablehlo.multiply"(%v209, %v209) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v223 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v227 = "stablehlo.reduce"(%v222, %v223) ({
      ^bb0(%v224: tensor<f32>, %v225: tensor<f32>):
        %v226 = "stablehlo.add"(%v224, %v225) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v226) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v228 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v229 = "stablehlo.broadcast_in_dim"(%v228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v230 = "stablehlo.divide"(%v227, %v229) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v231 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v232 = "stablehlo.broadcast_in_dim"(%v231) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v233 = "stablehlo.add"(%v230, %v232) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v234 = "stablehlo.rsqrt"(%v233) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v235 = "stablehlo.reshape"(%v234) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v236 = "stablehlo.broadcast_in_dim"(%v235) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v237 = "stablehlo.multiply"(%v209, %v236) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v238 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v239 = "stablehlo.multiply"(%v237, %v238) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v240 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v241 = "stablehlo.dynamic_slice"(%v239, %v240, %v13, %v240) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v242 = "stablehlo.reshape"(%v241) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v243 = "stablehlo.custom_call"(%v242, %v8) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v244 = "stablehlo.reshape"(%v243) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v245 = "stablehlo.reshape"(%v244) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v246 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v247 = "stablehlo.compare"(%v245, %v245) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v248 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v249 = "stablehlo.broadcast_in_dim"(%v248) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v250 = "stablehlo.select"(%v247, %v245, %v249) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v251 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v255 = "stablehlo.reduce"(%v250, %v251) ({
      ^bb0(%v252: tensor<f32>, %v253: tensor<f32>):
        %v254 = "stablehlo.maximum"(%v252, %v253) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v254) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v256 = "stablehlo.reshape"(%v255) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v257 = "stablehlo.broadcast_in_dim"(%v256) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v258 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v259 = "stablehlo.compare"(%v250, %v257) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v260 = "stablehlo.broadcast_in_dim"(%v258) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v261 = "stablehlo.select"(%v259, %v246, %v260) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v262 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v266 = "stablehlo.reduce"(%v261, %v262) ({
      ^bb0(%v263: tensor<i32>, %v264: tensor<i32>):
        %v265 = "stablehlo.minimum"(%v263, %v264) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v265) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v267 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v268 = "stablehlo.broadcast_in_dim"(%v267) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v269 = "stablehlo.compare"(%v266, %v268) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %v270 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v271 = "stablehlo.broadcast_in_dim"(%v270) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v272 = "stablehlo.select"(%v269, %v271, %v266) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v273 = "stablehlo.reshape"(%v272) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v273, %v210, %v211) : (tensor<1x1xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>) -> ()
  }
}
