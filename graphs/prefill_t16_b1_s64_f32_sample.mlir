module @prefill_t16_b1_s64_f32_sample attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v15: tensor<4x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "v_cache"},
      %v16: tensor<1xf32> {xlagen.name = "temperature"},
      %v17: tensor<1xi32> {xlagen.name = "top_k"},
      %v18: tensor<1xf32> {xlagen.name = "top_p"},
      %v19: tensor<1x3xui32> {xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>) {
    %v12 = "stablehlo.reshape"(%v11) : (tensor<i32>) -> tensor<1xi32>
    %v20 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v21 = "stablehlo.reshape"(%v10) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v22 = "stablehlo.broadcast_in_dim"(%v21) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v23 = "stablehlo.add"(%v20, %v22) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v24 = "stablehlo.convert"(%v23) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v25 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v26 = "stablehlo.reshape"(%v24) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v27 = "stablehlo.reshape"(%v25) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v28 = "stablehlo.broadcast_in_dim"(%v26) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v29 = "stablehlo.broadcast_in_dim"(%v27) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v30 = "stablehlo.multiply"(%v28, %v29) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v31 = "stablehlo.concatenate"(%v30, %v30) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v32 = "stablehlo.cosine"(%v31) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v33 = "stablehlo.sine"(%v31) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v34 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v35 = "stablehlo.reshape"(%v10) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v36 = "stablehlo.broadcast_in_dim"(%v35) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v37 = "stablehlo.add"(%v34, %v36) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v38 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v39 = "stablehlo.compare"(%v38, %v37) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v40 = "stablehlo.subtract"(%v37, %v38) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v41 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v42 = "stablehlo.broadcast_in_dim"(%v41) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v43 = "stablehlo.compare"(%v40, %v42) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v44 = "stablehlo.and"(%v39, %v43) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v45 = "stablehlo.reshape"(%v44) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v46 = "stablehlo.gather"(%v0, %v9) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v47 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v212, %v213, %v214, %v215, %v216, %v217, %v218, %v219, %v220, %v221, %v222, %v223, %v224, %v225 = "stablehlo.while"(%v47, %v46, %v14, %v15, %v1, %v4, %v2, %v32, %v33, %v12, %v10, %v3, %v5, %v6) ({
      ^bb0(%v48: tensor<i32>, %v49: tensor<1x16x64xf32>, %v50: tensor<4x64x16xf32>, %v51: tensor<4x64x16xf32>, %v202: tensor<128xf32>, %v203: tensor<128xf32>, %v204: tensor<256x64xf32>, %v205: tensor<1x16x16xf32>, %v206: tensor<1x16x16xf32>, %v207: tensor<1xi32>, %v208: tensor<1xi32>, %v209: tensor<128x64xf32>, %v210: tensor<640x64xf32>, %v211: tensor<128x160xf32>):
        %v52 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v53 = "stablehlo.compare"(%v48, %v52) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v53) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v55: tensor<i32>, %v56: tensor<1x16x64xf32>, %v57: tensor<4x64x16xf32>, %v58: tensor<4x64x16xf32>, %v64: tensor<128xf32>, %v69: tensor<128xf32>, %v90: tensor<256x64xf32>, %v100: tensor<1x16x16xf32>, %v102: tensor<1x16x16xf32>, %v127: tensor<1xi32>, %v136: tensor<1xi32>, %v160: tensor<128x64xf32>, %v183: tensor<640x64xf32>, %v192: tensor<128x160xf32>):
        %v59 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v60 = "stablehlo.multiply"(%v55, %v59) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v61 = "stablehlo.constant"() {value = dense<64> : tensor<i32>} : () -> tensor<i32>
        %v62 = "stablehlo.multiply"(%v55, %v61) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v63 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v65 = "stablehlo.dynamic_slice"(%v64, %v62) {slice_sizes = array<i64: 64>} : (tensor<128xf32>, tensor<i32>) -> tensor<64xf32>
        %v66 = "stablehlo.constant"() {value = dense<64> : tensor<i32>} : () -> tensor<i32>
        %v67 = "stablehlo.multiply"(%v55, %v66) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v68 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v70 = "stablehlo.dynamic_slice"(%v69, %v67) {slice_sizes = array<i64: 64>} : (tensor<128xf32>, tensor<i32>) -> tensor<64xf32>
        %v71 = "stablehlo.multiply"(%v56, %v56) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v72 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v76 = "stablehlo.reduce"(%v71, %v72) ({
          ^bb0(%v73: tensor<f32>, %v74: tensor<f32>):
            %v75 = "stablehlo.add"(%v73, %v74) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v75) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
        %v77 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v78 = "stablehlo.broadcast_in_dim"(%v77) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %v79 = "stablehlo.divide"(%v76, %v78) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %v80 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v81 = "stablehlo.broadcast_in_dim"(%v80) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %v82 = "stablehlo.add"(%v79, %v81) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %v83 = "stablehlo.rsqrt"(%v82) : (tensor<1x16xf32>) -> tensor<1x16xf32>
        %v84 = "stablehlo.reshape"(%v83) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
        %v85 = "stablehlo.broadcast_in_dim"(%v84) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
        %v86 = "stablehlo.multiply"(%v56, %v85) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v87 = "stablehlo.broadcast_in_dim"(%v65) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
        %v88 = "stablehlo.multiply"(%v86, %v87) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v89 = "stablehlo.reshape"(%v88) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
        %v91 = "stablehlo.custom_call"(%v89, %v90, %v55) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<256x64xf32>, tensor<i32>) -> tensor<16x128xf32>
        %v92 = "stablehlo.reshape"(%v91) : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
        %v93 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x64xf32>
        %v94 = "stablehlo.reshape"(%v93) : (tensor<1x16x64xf32>) -> tensor<1x16x4x16xf32>
        %v95 = "stablehlo.transpose"(%v94) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x4x16xf32>) -> tensor<1x4x16x16xf32>
        %v96 = "stablehlo.slice"(%v95) {limit_indices = array<i64: 1, 4, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
        %v97 = "stablehlo.slice"(%v95) {limit_indices = array<i64: 1, 4, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x16x16xf32>) -> tensor<1x4x16x8xf32>
        %v98 = "stablehlo.negate"(%v97) : (tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
        %v99 = "stablehlo.concatenate"(%v98, %v96) {dimension = 3 : i64} : (tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) -> tensor<1x4x16x16xf32>
        %v101 = "stablehlo.reshape"(%v100) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
        %v103 = "stablehlo.reshape"(%v102) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
        %v104 = "stablehlo.broadcast_in_dim"(%v101) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v105 = "stablehlo.multiply"(%v95, %v104) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v106 = "stablehlo.broadcast_in_dim"(%v103) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v107 = "stablehlo.multiply"(%v99, %v106) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v108 = "stablehlo.add"(%v105, %v107) : (tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
        %v109 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 16, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
        %v110 = "stablehlo.reshape"(%v109) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
        %v111 = "stablehlo.transpose"(%v110) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
        %v112 = "stablehlo.slice"(%v111) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
        %v113 = "stablehlo.slice"(%v111) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
        %v114 = "stablehlo.negate"(%v113) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
        %v115 = "stablehlo.concatenate"(%v114, %v112) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
        %v116 = "stablehlo.reshape"(%v100) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
        %v117 = "stablehlo.reshape"(%v102) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
        %v118 = "stablehlo.broadcast_in_dim"(%v116) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v119 = "stablehlo.multiply"(%v111, %v118) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v120 = "stablehlo.broadcast_in_dim"(%v117) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v121 = "stablehlo.multiply"(%v115, %v120) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v122 = "stablehlo.add"(%v119, %v121) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
        %v123 = "stablehlo.slice"(%v92) {limit_indices = array<i64: 1, 16, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x128xf32>) -> tensor<1x16x32xf32>
        %v124 = "stablehlo.reshape"(%v123) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
        %v125 = "stablehlo.transpose"(%v124) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
        %v126 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v128 = "stablehlo.add"(%v127, %v126) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v129 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v130 = "stablehlo.broadcast_in_dim"(%v129) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v131 = "stablehlo.multiply"(%v128, %v130) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v132 = "stablehlo.reshape"(%v131) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v133 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v134 = "stablehlo.broadcast_in_dim"(%v132) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v135 = "stablehlo.add"(%v134, %v133) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v137 = "stablehlo.reshape"(%v136) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v138 = "stablehlo.broadcast_in_dim"(%v137) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v139 = "stablehlo.reshape"(%v135) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v140 = "stablehlo.reshape"(%v138) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v141 = "stablehlo.concatenate"(%v139, %v140) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v142 = "stablehlo.reshape"(%v122) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
        %v143 = "stablehlo.reshape"(%v125) : (tensor<1x2x16x16xf32>) -> tensor<2x16x16xf32>
        %v146 = "stablehlo.scatter"(%v57, %v141, %v142) ({
          ^bb0(%v144: tensor<f32>, %v145: tensor<f32>):
            "stablehlo.return"(%v145) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<4x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<4x64x16xf32>
        %v149 = "stablehlo.scatter"(%v58, %v141, %v143) ({
          ^bb0(%v147: tensor<f32>, %v148: tensor<f32>):
            "stablehlo.return"(%v148) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<4x64x16xf32>, tensor<2x2xi32>, tensor<2x16x16xf32>) -> tensor<4x64x16xf32>
        %v150 = "stablehlo.reshape"(%v108) : (tensor<1x4x16x16xf32>) -> tensor<1x2x2x16x16xf32>
        %v151 = "stablehlo.reshape"(%v150) : (tensor<1x2x2x16x16xf32>) -> tensor<2x32x16xf32>
        %v152 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v153 = "stablehlo.reshape"(%v151) : (tensor<2x32x16xf32>) -> tensor<2x2x16x16xf32>
        %v154 = "stablehlo.custom_call"(%v153, %v146, %v149, %v136, %v128, %v152) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x16x16xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x16x16xf32>
        %v155 = "stablehlo.reshape"(%v154) : (tensor<2x2x16x16xf32>) -> tensor<2x32x16xf32>
        %v156 = "stablehlo.reshape"(%v155) : (tensor<2x32x16xf32>) -> tensor<1x2x2x16x16xf32>
        %v157 = "stablehlo.transpose"(%v156) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x16x16xf32>) -> tensor<1x16x2x2x16xf32>
        %v158 = "stablehlo.reshape"(%v157) : (tensor<1x16x2x2x16xf32>) -> tensor<1x16x64xf32>
        %v159 = "stablehlo.reshape"(%v158) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
        %v161 = "stablehlo.custom_call"(%v159, %v160, %v55) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<128x64xf32>, tensor<i32>) -> tensor<16x64xf32>
        %v162 = "stablehlo.reshape"(%v161) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
        %v163 = "stablehlo.add"(%v56, %v162) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v164 = "stablehlo.multiply"(%v163, %v163) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v165 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v169 = "stablehlo.reduce"(%v164, %v165) ({
          ^bb0(%v166: tensor<f32>, %v167: tensor<f32>):
            %v168 = "stablehlo.add"(%v166, %v167) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v168) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
        %v170 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v171 = "stablehlo.broadcast_in_dim"(%v170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %v172 = "stablehlo.divide"(%v169, %v171) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %v173 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v174 = "stablehlo.broadcast_in_dim"(%v173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
        %v175 = "stablehlo.add"(%v172, %v174) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
        %v176 = "stablehlo.rsqrt"(%v175) : (tensor<1x16xf32>) -> tensor<1x16xf32>
        %v177 = "stablehlo.reshape"(%v176) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
        %v178 = "stablehlo.broadcast_in_dim"(%v177) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
        %v179 = "stablehlo.multiply"(%v163, %v178) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v180 = "stablehlo.broadcast_in_dim"(%v70) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
        %v181 = "stablehlo.multiply"(%v179, %v180) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v182 = "stablehlo.reshape"(%v181) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
        %v184 = "stablehlo.custom_call"(%v182, %v183, %v55) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<640x64xf32>, tensor<i32>) -> tensor<16x320xf32>
        %v185 = "stablehlo.reshape"(%v184) : (tensor<16x320xf32>) -> tensor<1x16x320xf32>
        %v186 = "stablehlo.slice"(%v185) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
        %v187 = "stablehlo.slice"(%v185) {limit_indices = array<i64: 1, 16, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x320xf32>) -> tensor<1x16x160xf32>
        %v188 = "stablehlo.logistic"(%v186) : (tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
        %v189 = "stablehlo.multiply"(%v186, %v188) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
        %v190 = "stablehlo.multiply"(%v189, %v187) : (tensor<1x16x160xf32>, tensor<1x16x160xf32>) -> tensor<1x16x160xf32>
        %v191 = "stablehlo.reshape"(%v190) : (tensor<1x16x160xf32>) -> tensor<16x160xf32>
        %v193 = "stablehlo.custom_call"(%v191, %v192, %v55) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x160xf32>, tensor<128x160xf32>, tensor<i32>) -> tensor<16x64xf32>
        %v194 = "stablehlo.reshape"(%v193) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
        %v195 = "stablehlo.add"(%v163, %v194) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
        %v196 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v197 = "stablehlo.add"(%v55, %v196) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v197, %v195, %v146, %v149, %v64, %v69, %v90, %v100, %v102, %v127, %v136, %v160, %v183, %v192) : (tensor<i32>, tensor<1x16x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>) -> ()
    }) : (tensor<i32>, tensor<1x16x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>) -> (tensor<i32>, tensor<1x16x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>)
    %v226 = "stablehlo.multiply"(%v213, %v213) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v227 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v231 = "stablehlo.reduce"(%v226, %v227) ({
      ^bb0(%v228: tensor<f32>, %v229: tensor<f32>):
        %v230 = "stablehlo.add"(%v228, %v229) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v230) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v232 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v233 = "stablehlo.broadcast_in_dim"(%v232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v234 = "stablehlo.divide"(%v231, %v233) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v235 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v236 = "stablehlo.broadcast_in_dim"(%v235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v237 = "stablehlo.add"(%v234, %v236) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v238 = "stablehlo.rsqrt"(%v237) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v239 = "stablehlo.reshape"(%v238) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v240 = "stablehlo.broadcast_in_dim"(%v239) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v241 = "stablehlo.multiply"(%v213, %v240) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v242 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v243 = "stablehlo.multiply"(%v241, %v242) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v244 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v245 = "stablehlo.dynamic_slice"(%v243, %v244, %v13, %v244) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v246 = "stablehlo.reshape"(%v245) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v247 = "stablehlo.custom_call"(%v246, %v8) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v248 = "stablehlo.reshape"(%v247) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v249 = "stablehlo.reshape"(%v248) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v250 = "stablehlo.reshape"(%v16) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v251 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v252 = "stablehlo.broadcast_in_dim"(%v251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v253 = "stablehlo.compare"(%v250, %v252) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v254 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v255 = "stablehlo.broadcast_in_dim"(%v254) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v256 = "stablehlo.select"(%v253, %v255, %v250) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v257 = "stablehlo.broadcast_in_dim"(%v256) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v258 = "stablehlo.divide"(%v249, %v257) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v259 = "stablehlo.bitcast_convert"(%v258) : (tensor<1x96xf32>) -> tensor<1x96xui32>
    %v260 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v261 = "stablehlo.broadcast_in_dim"(%v260) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v262 = "stablehlo.compare"(%v259, %v261) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v263 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
    %v264 = "stablehlo.broadcast_in_dim"(%v263) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v265 = "stablehlo.xor"(%v259, %v264) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v266 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v267 = "stablehlo.broadcast_in_dim"(%v266) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v268 = "stablehlo.or"(%v259, %v267) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v269 = "stablehlo.select"(%v262, %v265, %v268) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v270 = "stablehlo.reshape"(%v17) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v271 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v272 = "stablehlo.broadcast_in_dim"(%v271) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v273 = "stablehlo.compare"(%v270, %v272) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v274 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v275 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v276 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v315, %v316, %v317, %v318, %v319 = "stablehlo.while"(%v274, %v275, %v276, %v269, %v270) ({
      ^bb0(%v277: tensor<i32>, %v278: tensor<1x1xui32>, %v279: tensor<1x1xui32>, %v313: tensor<1x96xui32>, %v314: tensor<1x1xi32>):
        %v280 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v281 = "stablehlo.compare"(%v277, %v280) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v281) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v283: tensor<i32>, %v284: tensor<1x1xui32>, %v285: tensor<1x1xui32>, %v292: tensor<1x96xui32>, %v301: tensor<1x1xi32>):
        %v286 = "stablehlo.subtract"(%v285, %v284) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v287 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v288 = "stablehlo.broadcast_in_dim"(%v287) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v289 = "stablehlo.shift_right_logical"(%v286, %v288) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v290 = "stablehlo.add"(%v284, %v289) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v291 = "stablehlo.broadcast_in_dim"(%v290) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v293 = "stablehlo.compare"(%v292, %v291) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v294 = "stablehlo.convert"(%v293) : (tensor<1x96xi1>) -> tensor<1x96xi32>
        %v295 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v299 = "stablehlo.reduce"(%v294, %v295) ({
          ^bb0(%v296: tensor<i32>, %v297: tensor<i32>):
            %v298 = "stablehlo.add"(%v296, %v297) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v298) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v300 = "stablehlo.reshape"(%v299) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v302 = "stablehlo.compare"(%v300, %v301) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v303 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v304 = "stablehlo.add"(%v283, %v303) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v305 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v306 = "stablehlo.broadcast_in_dim"(%v305) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v307 = "stablehlo.add"(%v290, %v306) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v308 = "stablehlo.select"(%v302, %v284, %v307) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v309 = "stablehlo.select"(%v302, %v290, %v285) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v304, %v308, %v309, %v292, %v301) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
    %v320 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v321 = "stablehlo.broadcast_in_dim"(%v320) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v322 = "stablehlo.select"(%v273, %v321, %v317) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v323 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v327 = "stablehlo.reduce"(%v258, %v323) ({
      ^bb0(%v324: tensor<f32>, %v325: tensor<f32>):
        %v326 = "stablehlo.maximum"(%v324, %v325) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v326) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v328 = "stablehlo.reshape"(%v327) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v329 = "stablehlo.broadcast_in_dim"(%v328) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v330 = "stablehlo.subtract"(%v258, %v329) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v331 = "stablehlo.exponential"(%v330) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v332 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v336 = "stablehlo.reduce"(%v331, %v332) ({
      ^bb0(%v333: tensor<f32>, %v334: tensor<f32>):
        %v335 = "stablehlo.add"(%v333, %v334) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v335) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v337 = "stablehlo.reshape"(%v336) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v338 = "stablehlo.broadcast_in_dim"(%v337) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v339 = "stablehlo.divide"(%v331, %v338) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v340 = "stablehlo.reshape"(%v18) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v341 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v342 = "stablehlo.broadcast_in_dim"(%v341) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v343 = "stablehlo.compare"(%v340, %v342) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v344 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v345 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v346 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v347 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v391, %v392, %v393, %v394, %v395, %v396, %v397 = "stablehlo.while"(%v345, %v346, %v347, %v269, %v344, %v339, %v340) ({
      ^bb0(%v348: tensor<i32>, %v349: tensor<1x1xui32>, %v350: tensor<1x1xui32>, %v387: tensor<1x96xui32>, %v388: tensor<f32>, %v389: tensor<1x96xf32>, %v390: tensor<1x1xf32>):
        %v351 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v352 = "stablehlo.compare"(%v348, %v351) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v352) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v354: tensor<i32>, %v355: tensor<1x1xui32>, %v356: tensor<1x1xui32>, %v363: tensor<1x96xui32>, %v365: tensor<f32>, %v367: tensor<1x96xf32>, %v375: tensor<1x1xf32>):
        %v357 = "stablehlo.subtract"(%v356, %v355) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v358 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v359 = "stablehlo.broadcast_in_dim"(%v358) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v360 = "stablehlo.shift_right_logical"(%v357, %v359) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v361 = "stablehlo.add"(%v355, %v360) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v362 = "stablehlo.broadcast_in_dim"(%v361) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v364 = "stablehlo.compare"(%v363, %v362) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v366 = "stablehlo.broadcast_in_dim"(%v365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v368 = "stablehlo.select"(%v364, %v367, %v366) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v369 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v373 = "stablehlo.reduce"(%v368, %v369) ({
          ^bb0(%v370: tensor<f32>, %v371: tensor<f32>):
            %v372 = "stablehlo.add"(%v370, %v371) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v372) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v374 = "stablehlo.reshape"(%v373) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v376 = "stablehlo.compare"(%v374, %v375) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v377 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v378 = "stablehlo.add"(%v354, %v377) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v379 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v380 = "stablehlo.broadcast_in_dim"(%v379) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v381 = "stablehlo.add"(%v361, %v380) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v382 = "stablehlo.select"(%v376, %v355, %v381) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v383 = "stablehlo.select"(%v376, %v361, %v356) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v378, %v382, %v383, %v363, %v365, %v367, %v375) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
    %v398 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v399 = "stablehlo.broadcast_in_dim"(%v398) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v400 = "stablehlo.select"(%v343, %v399, %v393) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v401 = "stablehlo.maximum"(%v322, %v400) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v402 = "stablehlo.broadcast_in_dim"(%v401) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v403 = "stablehlo.compare"(%v269, %v402) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v404 = "stablehlo.slice"(%v19) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v405 = "stablehlo.slice"(%v19) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v406 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v407 = "stablehlo.broadcast_in_dim"(%v406) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v408 = "stablehlo.xor"(%v404, %v407) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v409 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v410 = "stablehlo.broadcast_in_dim"(%v409) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v411 = "stablehlo.shift_right_logical"(%v408, %v410) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v412 = "stablehlo.xor"(%v408, %v411) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v413 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v414 = "stablehlo.broadcast_in_dim"(%v413) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v415 = "stablehlo.multiply"(%v412, %v414) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v416 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v417 = "stablehlo.broadcast_in_dim"(%v416) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v418 = "stablehlo.shift_right_logical"(%v415, %v417) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v419 = "stablehlo.xor"(%v415, %v418) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v420 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v421 = "stablehlo.broadcast_in_dim"(%v420) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v422 = "stablehlo.multiply"(%v419, %v421) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v423 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v424 = "stablehlo.broadcast_in_dim"(%v423) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v425 = "stablehlo.shift_right_logical"(%v422, %v424) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v426 = "stablehlo.xor"(%v422, %v425) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v427 = "stablehlo.slice"(%v19) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v428 = "stablehlo.xor"(%v426, %v427) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v429 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v430 = "stablehlo.broadcast_in_dim"(%v429) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v431 = "stablehlo.shift_right_logical"(%v428, %v430) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v432 = "stablehlo.xor"(%v428, %v431) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v433 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v434 = "stablehlo.broadcast_in_dim"(%v433) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v435 = "stablehlo.multiply"(%v432, %v434) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v436 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v437 = "stablehlo.broadcast_in_dim"(%v436) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v438 = "stablehlo.shift_right_logical"(%v435, %v437) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v439 = "stablehlo.xor"(%v435, %v438) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v440 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v441 = "stablehlo.broadcast_in_dim"(%v440) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v442 = "stablehlo.multiply"(%v439, %v441) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v443 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v444 = "stablehlo.broadcast_in_dim"(%v443) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v445 = "stablehlo.shift_right_logical"(%v442, %v444) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v446 = "stablehlo.xor"(%v442, %v445) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v447 = "stablehlo.slice"(%v19) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v448 = "stablehlo.xor"(%v446, %v447) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v449 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v450 = "stablehlo.broadcast_in_dim"(%v449) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v451 = "stablehlo.shift_right_logical"(%v448, %v450) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v452 = "stablehlo.xor"(%v448, %v451) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v453 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v454 = "stablehlo.broadcast_in_dim"(%v453) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v455 = "stablehlo.multiply"(%v452, %v454) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v456 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v457 = "stablehlo.broadcast_in_dim"(%v456) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v458 = "stablehlo.shift_right_logical"(%v455, %v457) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v459 = "stablehlo.xor"(%v455, %v458) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v460 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v461 = "stablehlo.broadcast_in_dim"(%v460) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v462 = "stablehlo.multiply"(%v459, %v461) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v463 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v464 = "stablehlo.broadcast_in_dim"(%v463) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v465 = "stablehlo.shift_right_logical"(%v462, %v464) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v466 = "stablehlo.xor"(%v462, %v465) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v467 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v468 = "stablehlo.broadcast_in_dim"(%v466) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v469 = "stablehlo.xor"(%v467, %v468) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v470 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v471 = "stablehlo.broadcast_in_dim"(%v470) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v472 = "stablehlo.shift_right_logical"(%v469, %v471) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v473 = "stablehlo.xor"(%v469, %v472) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v474 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v475 = "stablehlo.broadcast_in_dim"(%v474) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v476 = "stablehlo.multiply"(%v473, %v475) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v477 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v478 = "stablehlo.broadcast_in_dim"(%v477) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v479 = "stablehlo.shift_right_logical"(%v476, %v478) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v480 = "stablehlo.xor"(%v476, %v479) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v481 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v482 = "stablehlo.broadcast_in_dim"(%v481) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v483 = "stablehlo.multiply"(%v480, %v482) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v484 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v485 = "stablehlo.broadcast_in_dim"(%v484) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v486 = "stablehlo.shift_right_logical"(%v483, %v485) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v487 = "stablehlo.xor"(%v483, %v486) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v488 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v489 = "stablehlo.broadcast_in_dim"(%v488) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v490 = "stablehlo.add"(%v487, %v489) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v491 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v492 = "stablehlo.broadcast_in_dim"(%v491) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v493 = "stablehlo.shift_right_logical"(%v490, %v492) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v494 = "stablehlo.xor"(%v490, %v493) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v495 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v496 = "stablehlo.broadcast_in_dim"(%v495) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v497 = "stablehlo.multiply"(%v494, %v496) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v498 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v499 = "stablehlo.broadcast_in_dim"(%v498) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v500 = "stablehlo.shift_right_logical"(%v497, %v499) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v501 = "stablehlo.xor"(%v497, %v500) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v502 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v503 = "stablehlo.broadcast_in_dim"(%v502) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v504 = "stablehlo.multiply"(%v501, %v503) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v505 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v506 = "stablehlo.broadcast_in_dim"(%v505) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v507 = "stablehlo.shift_right_logical"(%v504, %v506) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v508 = "stablehlo.xor"(%v504, %v507) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v509 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v510 = "stablehlo.broadcast_in_dim"(%v509) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v511 = "stablehlo.shift_right_logical"(%v508, %v510) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v512 = "stablehlo.convert"(%v511) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v513 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v514 = "stablehlo.broadcast_in_dim"(%v513) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v515 = "stablehlo.add"(%v512, %v514) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v516 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v517 = "stablehlo.broadcast_in_dim"(%v516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v518 = "stablehlo.multiply"(%v515, %v517) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v519 = "stablehlo.log"(%v518) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v520 = "stablehlo.negate"(%v519) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v521 = "stablehlo.log"(%v520) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v522 = "stablehlo.negate"(%v521) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v523 = "stablehlo.add"(%v258, %v522) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v524 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v525 = "stablehlo.broadcast_in_dim"(%v524) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v526 = "stablehlo.select"(%v403, %v523, %v525) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v527 = "stablehlo.reshape"(%v253) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v528 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v529 = "stablehlo.compare"(%v249, %v249) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v530 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v531 = "stablehlo.broadcast_in_dim"(%v530) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v532 = "stablehlo.select"(%v529, %v249, %v531) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v533 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v537 = "stablehlo.reduce"(%v532, %v533) ({
      ^bb0(%v534: tensor<f32>, %v535: tensor<f32>):
        %v536 = "stablehlo.maximum"(%v534, %v535) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v536) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v538 = "stablehlo.reshape"(%v537) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v539 = "stablehlo.broadcast_in_dim"(%v538) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v540 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v541 = "stablehlo.compare"(%v532, %v539) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v542 = "stablehlo.broadcast_in_dim"(%v540) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v543 = "stablehlo.select"(%v541, %v528, %v542) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v544 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v548 = "stablehlo.reduce"(%v543, %v544) ({
      ^bb0(%v545: tensor<i32>, %v546: tensor<i32>):
        %v547 = "stablehlo.minimum"(%v545, %v546) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v547) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v549 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v550 = "stablehlo.broadcast_in_dim"(%v549) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v551 = "stablehlo.compare"(%v548, %v550) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %v552 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v553 = "stablehlo.broadcast_in_dim"(%v552) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v554 = "stablehlo.select"(%v551, %v553, %v548) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v555 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v556 = "stablehlo.compare"(%v526, %v526) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v557 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v558 = "stablehlo.broadcast_in_dim"(%v557) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v559 = "stablehlo.select"(%v556, %v526, %v558) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v560 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v564 = "stablehlo.reduce"(%v559, %v560) ({
      ^bb0(%v561: tensor<f32>, %v562: tensor<f32>):
        %v563 = "stablehlo.maximum"(%v561, %v562) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v563) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v565 = "stablehlo.reshape"(%v564) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v566 = "stablehlo.broadcast_in_dim"(%v565) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v567 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v568 = "stablehlo.compare"(%v559, %v566) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v569 = "stablehlo.broadcast_in_dim"(%v567) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v570 = "stablehlo.select"(%v568, %v555, %v569) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v571 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v575 = "stablehlo.reduce"(%v570, %v571) ({
      ^bb0(%v572: tensor<i32>, %v573: tensor<i32>):
        %v574 = "stablehlo.minimum"(%v572, %v573) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v574) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v576 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v577 = "stablehlo.broadcast_in_dim"(%v576) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v578 = "stablehlo.compare"(%v575, %v577) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %v579 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v580 = "stablehlo.broadcast_in_dim"(%v579) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v581 = "stablehlo.select"(%v578, %v580, %v575) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v582 = "stablehlo.select"(%v527, %v554, %v581) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v583 = "stablehlo.reshape"(%v582) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v583, %v214, %v215) : (tensor<1x1xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>) -> ()
  }
}
