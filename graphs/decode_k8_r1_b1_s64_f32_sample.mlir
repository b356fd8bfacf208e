module @decode_k8_r1_b1_s64_f32_sample attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v17: tensor<1xi32> {xlagen.name = "slots"},
      %v18: tensor<1xi32> {xlagen.name = "budget"},
      %v19: tensor<1x8xi32> {xlagen.name = "stop_ids"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v24: tensor<1xf32> {xlagen.name = "temperature"},
      %v25: tensor<1xi32> {xlagen.name = "top_k"},
      %v26: tensor<1xf32> {xlagen.name = "top_p"},
      %v27: tensor<1x3xui32> {xlagen.name = "rng_key"}
  ) -> (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v28 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v29 = "stablehlo.constant"() {value = dense<-1> : tensor<1x8xi32>} : () -> tensor<1x8xi32>
    %v737, %v738, %v739, %v740, %v741, %v742, %v743, %v744, %v745, %v746, %v747, %v748, %v749, %v750, %v751, %v752, %v753, %v754, %v755, %v756, %v757, %v758, %v759, %v760, %v761, %v762, %v763, %v764, %v765, %v766 = "stablehlo.while"(%v28, %v15, %v16, %v18, %v29, %v27, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v17, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v24, %v25, %v26, %v19) ({
      ^bb0(%v30: tensor<i32>, %v31: tensor<1x1xi32>, %v32: tensor<1xi32>, %v33: tensor<1xi32>, %v34: tensor<1x8xi32>, %v35: tensor<1x3xui32>, %v36: tensor<2x64x16xf32>, %v37: tensor<2x64x16xf32>, %v38: tensor<2x64x16xf32>, %v39: tensor<2x64x16xf32>, %v717: tensor<96x64xf32>, %v718: tensor<64xf32>, %v719: tensor<128x64xf32>, %v720: tensor<1xi32>, %v721: tensor<64x64xf32>, %v722: tensor<64xf32>, %v723: tensor<320x64xf32>, %v724: tensor<64x160xf32>, %v725: tensor<64xf32>, %v726: tensor<128x64xf32>, %v727: tensor<64x64xf32>, %v728: tensor<64xf32>, %v729: tensor<320x64xf32>, %v730: tensor<64x160xf32>, %v731: tensor<64xf32>, %v732: tensor<96x64xf32>, %v733: tensor<1xf32>, %v734: tensor<1xi32>, %v735: tensor<1xf32>, %v736: tensor<1x8xi32>):
        %v40 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v44 = "stablehlo.reduce"(%v33, %v40) ({
          ^bb0(%v41: tensor<i32>, %v42: tensor<i32>):
            %v43 = "stablehlo.maximum"(%v41, %v42) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v43) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %v45 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v46 = "stablehlo.compare"(%v44, %v45) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v47 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v48 = "stablehlo.compare"(%v30, %v47) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v49 = "stablehlo.and"(%v48, %v46) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%v49) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v51: tensor<i32>, %v52: tensor<1x1xi32>, %v53: tensor<1xi32>, %v54: tensor<1xi32>, %v55: tensor<1x8xi32>, %v56: tensor<1x3xui32>, %v57: tensor<2x64x16xf32>, %v58: tensor<2x64x16xf32>, %v59: tensor<2x64x16xf32>, %v60: tensor<2x64x16xf32>, %v86: tensor<96x64xf32>, %v104: tensor<64xf32>, %v108: tensor<128x64xf32>, %v144: tensor<1xi32>, %v173: tensor<64x64xf32>, %v193: tensor<64xf32>, %v197: tensor<320x64xf32>, %v206: tensor<64x160xf32>, %v226: tensor<64xf32>, %v230: tensor<128x64xf32>, %v294: tensor<64x64xf32>, %v314: tensor<64xf32>, %v318: tensor<320x64xf32>, %v327: tensor<64x160xf32>, %v347: tensor<64xf32>, %v351: tensor<96x64xf32>, %v355: tensor<1xf32>, %v376: tensor<1xi32>, %v447: tensor<1xf32>, %v678: tensor<1x8xi32>):
        %v61 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v62 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
        %v63 = "stablehlo.reshape"(%v53) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v64 = "stablehlo.add"(%v62, %v63) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v65 = "stablehlo.convert"(%v64) : (tensor<1x1xi32>) -> tensor<1x1xf32>
        %v66 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
        %v67 = "stablehlo.reshape"(%v65) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v68 = "stablehlo.reshape"(%v66) : (tensor<8xf32>) -> tensor<1x1x8xf32>
        %v69 = "stablehlo.broadcast_in_dim"(%v67) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
        %v70 = "stablehlo.multiply"(%v69, %v68) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
        %v71 = "stablehlo.concatenate"(%v70, %v70) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
        %v72 = "stablehlo.cosine"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v73 = "stablehlo.sine"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v74 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
        %v75 = "stablehlo.reshape"(%v53) : (tensor<1xi32>) -> tensor<1x1x1xi32>
        %v76 = "stablehlo.broadcast_in_dim"(%v75) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
        %v77 = "stablehlo.add"(%v74, %v76) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v78 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
        %v79 = "stablehlo.compare"(%v78, %v77) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v80 = "stablehlo.subtract"(%v77, %v78) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v81 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v82 = "stablehlo.broadcast_in_dim"(%v81) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
        %v83 = "stablehlo.compare"(%v80, %v82) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v84 = "stablehlo.and"(%v79, %v83) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
        %v85 = "stablehlo.reshape"(%v84) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v87 = "stablehlo.gather"(%v86, %v52) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
        %v88 = "stablehlo.multiply"(%v87, %v87) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v89 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v93 = "stablehlo.reduce"(%v88, %v89) ({
          ^bb0(%v90: tensor<f32>, %v91: tensor<f32>):
            %v92 = "stablehlo.add"(%v90, %v91) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v92) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v94 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v95 = "stablehlo.broadcast_in_dim"(%v94) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v96 = "stablehlo.divide"(%v93, %v95) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v97 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v98 = "stablehlo.broadcast_in_dim"(%v97) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v99 = "stablehlo.add"(%v96, %v98) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v100 = "stablehlo.rsqrt"(%v99) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v101 = "stablehlo.reshape"(%v100) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v102 = "stablehlo.broadcast_in_dim"(%v101) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v103 = "stablehlo.multiply"(%v87, %v102) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v105 = "stablehlo.broadcast_in_dim"(%v104) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v106 = "stablehlo.multiply"(%v103, %v105) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v107 = "stablehlo.reshape"(%v106) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v109 = "stablehlo.custom_call"(%v107, %v108) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v110 = "stablehlo.reshape"(%v109) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v111 = "stablehlo.slice"(%v110) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v112 = "stablehlo.reshape"(%v111) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v113 = "stablehlo.transpose"(%v112) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v114 = "stablehlo.slice"(%v113) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v115 = "stablehlo.slice"(%v113) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v116 = "stablehlo.negate"(%v115) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v117 = "stablehlo.concatenate"(%v116, %v114) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v118 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v119 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v120 = "stablehlo.broadcast_in_dim"(%v118) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v121 = "stablehlo.multiply"(%v113, %v120) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v122 = "stablehlo.broadcast_in_dim"(%v119) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v123 = "stablehlo.multiply"(%v117, %v122) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v124 = "stablehlo.add"(%v121, %v123) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v125 = "stablehlo.slice"(%v110) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v126 = "stablehlo.reshape"(%v125) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v127 = "stablehlo.transpose"(%v126) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v128 = "stablehlo.slice"(%v127) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v129 = "stablehlo.slice"(%v127) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v130 = "stablehlo.negate"(%v129) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v131 = "stablehlo.concatenate"(%v130, %v128) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v132 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v133 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v134 = "stablehlo.broadcast_in_dim"(%v132) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v135 = "stablehlo.multiply"(%v127, %v134) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v136 = "stablehlo.broadcast_in_dim"(%v133) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v137 = "stablehlo.multiply"(%v131, %v136) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v138 = "stablehlo.add"(%v135, %v137) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v139 = "stablehlo.slice"(%v110) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v140 = "stablehlo.reshape"(%v139) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v141 = "stablehlo.transpose"(%v140) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v142 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v143 = "stablehlo.broadcast_in_dim"(%v142) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v145 = "stablehlo.multiply"(%v144, %v143) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v146 = "stablehlo.reshape"(%v145) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v147 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v148 = "stablehlo.broadcast_in_dim"(%v146) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v149 = "stablehlo.add"(%v148, %v147) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v150 = "stablehlo.reshape"(%v53) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v151 = "stablehlo.broadcast_in_dim"(%v150) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v152 = "stablehlo.reshape"(%v149) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v153 = "stablehlo.reshape"(%v151) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v154 = "stablehlo.concatenate"(%v152, %v153) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v155 = "stablehlo.reshape"(%v138) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v156 = "stablehlo.reshape"(%v141) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v159 = "stablehlo.scatter"(%v57, %v154, %v155) ({
          ^bb0(%v157: tensor<f32>, %v158: tensor<f32>):
            "stablehlo.return"(%v158) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v162 = "stablehlo.scatter"(%v59, %v154, %v156) ({
          ^bb0(%v160: tensor<f32>, %v161: tensor<f32>):
            "stablehlo.return"(%v161) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v163 = "stablehlo.reshape"(%v124) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v164 = "stablehlo.reshape"(%v163) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v165 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v166 = "stablehlo.reshape"(%v164) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v167 = "stablehlo.custom_call"(%v166, %v159, %v162, %v53, %v144, %v165) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v168 = "stablehlo.reshape"(%v167) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v169 = "stablehlo.reshape"(%v168) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v170 = "stablehlo.transpose"(%v169) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v171 = "stablehlo.reshape"(%v170) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v172 = "stablehlo.reshape"(%v171) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v174 = "stablehlo.custom_call"(%v172, %v173) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v175 = "stablehlo.reshape"(%v174) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v176 = "stablehlo.add"(%v87, %v175) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v177 = "stablehlo.multiply"(%v176, %v176) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v178 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v182 = "stablehlo.reduce"(%v177, %v178) ({
          ^bb0(%v179: tensor<f32>, %v180: tensor<f32>):
            %v181 = "stablehlo.add"(%v179, %v180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v181) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v183 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v184 = "stablehlo.broadcast_in_dim"(%v183) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v185 = "stablehlo.divide"(%v182, %v184) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v186 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v187 = "stablehlo.broadcast_in_dim"(%v186) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v188 = "stablehlo.add"(%v185, %v187) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v189 = "stablehlo.rsqrt"(%v188) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v190 = "stablehlo.reshape"(%v189) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v191 = "stablehlo.broadcast_in_dim"(%v190) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v192 = "stablehlo.multiply"(%v176, %v191) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v194 = "stablehlo.broadcast_in_dim"(%v193) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v195 = "stablehlo.multiply"(%v192, %v194) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v196 = "stablehlo.reshape"(%v195) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v198 = "stablehlo.custom_call"(%v196, %v197) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v199 = "stablehlo.reshape"(%v198) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v200 = "stablehlo.slice"(%v199) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v201 = "stablehlo.slice"(%v199) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v202 = "stablehlo.logistic"(%v200) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v203 = "stablehlo.multiply"(%v200, %v202) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v204 = "stablehlo.multiply"(%v203, %v201) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v205 = "stablehlo.reshape"(%v204) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v207 = "stablehlo.custom_call"(%v205, %v206) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v208 = "stablehlo.reshape"(%v207) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v209 = "stablehlo.add"(%v176, %v208) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v210 = "stablehlo.multiply"(%v209, %v209) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v211 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v215 = "stablehlo.reduce"(%v210, %v211) ({
          ^bb0(%v212: tensor<f32>, %v213: tensor<f32>):
            %v214 = "stablehlo.add"(%v212, %v213) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v214) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v216 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v217 = "stablehlo.broadcast_in_dim"(%v216) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v218 = "stablehlo.divide"(%v215, %v217) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v219 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v220 = "stablehlo.broadcast_in_dim"(%v219) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v221 = "stablehlo.add"(%v218, %v220) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v222 = "stablehlo.rsqrt"(%v221) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v223 = "stablehlo.reshape"(%v222) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v224 = "stablehlo.broadcast_in_dim"(%v223) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v225 = "stablehlo.multiply"(%v209, %v224) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v227 = "stablehlo.broadcast_in_dim"(%v226) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v228 = "stablehlo.multiply"(%v225, %v227) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v229 = "stablehlo.reshape"(%v228) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v231 = "stablehlo.custom_call"(%v229, %v230) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v232 = "stablehlo.reshape"(%v231) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v233 = "stablehlo.slice"(%v232) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v234 = "stablehlo.reshape"(%v233) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v235 = "stablehlo.transpose"(%v234) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v236 = "stablehlo.slice"(%v235) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v237 = "stablehlo.slice"(%v235) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v238 = "stablehlo.negate"(%v237) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v239 = "stablehlo.concatenate"(%v238, %v236) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v240 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v241 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v242 = "stablehlo.broadcast_in_dim"(%v240) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v243 = "stablehlo.multiply"(%v235, %v242) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v244 = "stablehlo.broadcast_in_dim"(%v241) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v245 = "stablehlo.multiply"(%v239, %v244) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v246 = "stablehlo.add"(%v243, %v245) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v247 = "stablehlo.slice"(%v232) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v248 = "stablehlo.reshape"(%v247) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v249 = "stablehlo.transpose"(%v248) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v250 = "stablehlo.slice"(%v249) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v251 = "stablehlo.slice"(%v249) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v252 = "stablehlo.negate"(%v251) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v253 = "stablehlo.concatenate"(%v252, %v250) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v254 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v255 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v256 = "stablehlo.broadcast_in_dim"(%v254) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v257 = "stablehlo.multiply"(%v249, %v256) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v258 = "stablehlo.broadcast_in_dim"(%v255) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v259 = "stablehlo.multiply"(%v253, %v258) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v260 = "stablehlo.add"(%v257, %v259) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v261 = "stablehlo.slice"(%v232) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v262 = "stablehlo.reshape"(%v261) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v263 = "stablehlo.transpose"(%v262) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v264 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v265 = "stablehlo.broadcast_in_dim"(%v264) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v266 = "stablehlo.multiply"(%v144, %v265) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v267 = "stablehlo.reshape"(%v266) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v268 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v269 = "stablehlo.broadcast_in_dim"(%v267) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v270 = "stablehlo.add"(%v269, %v268) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v271 = "stablehlo.reshape"(%v53) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v272 = "stablehlo.broadcast_in_dim"(%v271) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v273 = "stablehlo.reshape"(%v270) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v274 = "stablehlo.reshape"(%v272) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v275 = "stablehlo.concatenate"(%v273, %v274) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v276 = "stablehlo.reshape"(%v260) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v277 = "stablehlo.reshape"(%v263) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v280 = "stablehlo.scatter"(%v58, %v275, %v276) ({
          ^bb0(%v278: tensor<f32>, %v279: tensor<f32>):
            "stablehlo.return"(%v279) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v283 = "stablehlo.scatter"(%v60, %v275, %v277) ({
          ^bb0(%v281: tensor<f32>, %v282: tensor<f32>):
            "stablehlo.return"(%v282) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v284 = "stablehlo.reshape"(%v246) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v285 = "stablehlo.reshape"(%v284) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v286 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v287 = "stablehlo.reshape"(%v285) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v288 = "stablehlo.custom_call"(%v287, %v280, %v283, %v53, %v144, %v286) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v289 = "stablehlo.reshape"(%v288) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v290 = "stablehlo.reshape"(%v289) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v291 = "stablehlo.transpose"(%v290) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v292 = "stablehlo.reshape"(%v291) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v293 = "stablehlo.reshape"(%v292) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v295 = "stablehlo.custom_call"(%v293, %v294) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v296 = "stablehlo.reshape"(%v295) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v297 = "stablehlo.add"(%v209, %v296) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v298 = "stablehlo.multiply"(%v297, %v297) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v299 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v303 = "stablehlo.reduce"(%v298, %v299) ({
          ^bb0(%v300: tensor<f32>, %v301: tensor<f32>):
            %v302 = "stablehlo.add"(%v300, %v301) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v302) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v304 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v305 = "stablehlo.broadcast_in_dim"(%v304) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v306 = "stablehlo.divide"(%v303, %v305) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v307 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v308 = "stablehlo.broadcast_in_dim"(%v307) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v309 = "stablehlo.add"(%v306, %v308) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v310 = "stablehlo.rsqrt"(%v309) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v311 = "stablehlo.reshape"(%v310) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v312 = "stablehlo.broadcast_in_dim"(%v311) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v313 = "stablehlo.multiply"(%v297, %v312) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v315 = "stablehlo.broadcast_in_dim"(%v314) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v316 = "stablehlo.multiply"(%v313, %v315) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v317 = "stablehlo.reshape"(%v316) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v319 = "stablehlo.custom_call"(%v317, %v318) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v320 = "stablehlo.reshape"(%v319) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v321 = "stablehlo.slice"(%v320) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v322 = "stablehlo.slice"(%v320) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v323 = "stablehlo.logistic"(%v321) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v324 = "stablehlo.multiply"(%v321, %v323) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v325 = "stablehlo.multiply"(%v324, %v322) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v326 = "stablehlo.reshape"(%v325) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v328 = "stablehlo.custom_call"(%v326, %v327) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v329 = "stablehlo.reshape"(%v328) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v330 = "stablehlo.add"(%v297, %v329) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v331 = "stablehlo.multiply"(%v330, %v330) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v332 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v336 = "stablehlo.reduce"(%v331, %v332) ({
          ^bb0(%v333: tensor<f32>, %v334: tensor<f32>):
            %v335 = "stablehlo.add"(%v333, %v334) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v335) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v337 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v338 = "stablehlo.broadcast_in_dim"(%v337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v339 = "stablehlo.divide"(%v336, %v338) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v340 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v341 = "stablehlo.broadcast_in_dim"(%v340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v342 = "stablehlo.add"(%v339, %v341) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v343 = "stablehlo.rsqrt"(%v342) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v344 = "stablehlo.reshape"(%v343) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v345 = "stablehlo.broadcast_in_dim"(%v344) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v346 = "stablehlo.multiply"(%v330, %v345) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v348 = "stablehlo.broadcast_in_dim"(%v347) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v349 = "stablehlo.multiply"(%v346, %v348) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v350 = "stablehlo.reshape"(%v349) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v352 = "stablehlo.custom_call"(%v350, %v351) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
        %v353 = "stablehlo.reshape"(%v352) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v354 = "stablehlo.reshape"(%v353) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v356 = "stablehlo.reshape"(%v355) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v357 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v358 = "stablehlo.broadcast_in_dim"(%v357) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v359 = "stablehlo.compare"(%v356, %v358) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v360 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v361 = "stablehlo.broadcast_in_dim"(%v360) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v362 = "stablehlo.select"(%v359, %v361, %v356) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v363 = "stablehlo.broadcast_in_dim"(%v362) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v364 = "stablehlo.divide"(%v354, %v363) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v365 = "stablehlo.bitcast_convert"(%v364) : (tensor<1x96xf32>) -> tensor<1x96xui32>
        %v366 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v367 = "stablehlo.broadcast_in_dim"(%v366) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v368 = "stablehlo.compare"(%v365, %v367) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v369 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
        %v370 = "stablehlo.broadcast_in_dim"(%v369) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v371 = "stablehlo.xor"(%v365, %v370) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v372 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v373 = "stablehlo.broadcast_in_dim"(%v372) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v374 = "stablehlo.or"(%v365, %v373) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v375 = "stablehlo.select"(%v368, %v371, %v374) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v377 = "stablehlo.reshape"(%v376) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v378 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v379 = "stablehlo.broadcast_in_dim"(%v378) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
        %v380 = "stablehlo.compare"(%v377, %v379) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v381 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v382 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v383 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v422, %v423, %v424, %v425, %v426 = "stablehlo.while"(%v381, %v382, %v383, %v375, %v377) ({
          ^bb0(%v384: tensor<i32>, %v385: tensor<1x1xui32>, %v386: tensor<1x1xui32>, %v420: tensor<1x96xui32>, %v421: tensor<1x1xi32>):
            %v387 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v388 = "stablehlo.compare"(%v384, %v387) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v388) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v390: tensor<i32>, %v391: tensor<1x1xui32>, %v392: tensor<1x1xui32>, %v399: tensor<1x96xui32>, %v408: tensor<1x1xi32>):
            %v393 = "stablehlo.subtract"(%v392, %v391) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v394 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v395 = "stablehlo.broadcast_in_dim"(%v394) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v396 = "stablehlo.shift_right_logical"(%v393, %v395) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v397 = "stablehlo.add"(%v391, %v396) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v398 = "stablehlo.broadcast_in_dim"(%v397) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v400 = "stablehlo.compare"(%v399, %v398) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v401 = "stablehlo.convert"(%v400) : (tensor<1x96xi1>) -> tensor<1x96xi32>
            %v402 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %v406 = "stablehlo.reduce"(%v401, %v402) ({
              ^bb0(%v403: tensor<i32>, %v404: tensor<i32>):
                %v405 = "stablehlo.add"(%v403, %v404) : (tensor<i32>, tensor<i32>) -> tensor<i32>
                "stablehlo.return"(%v405) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
            %v407 = "stablehlo.reshape"(%v406) : (tensor<1xi32>) -> tensor<1x1xi32>
            %v409 = "stablehlo.compare"(%v407, %v408) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
            %v410 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v411 = "stablehlo.add"(%v390, %v410) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v412 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v413 = "stablehlo.broadcast_in_dim"(%v412) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v414 = "stablehlo.add"(%v397, %v413) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v415 = "stablehlo.select"(%v409, %v391, %v414) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v416 = "stablehlo.select"(%v409, %v397, %v392) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v411, %v415, %v416, %v399, %v408) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
        %v427 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v428 = "stablehlo.broadcast_in_dim"(%v427) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v429 = "stablehlo.select"(%v380, %v428, %v424) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v430 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v434 = "stablehlo.reduce"(%v364, %v430) ({
          ^bb0(%v431: tensor<f32>, %v432: tensor<f32>):
            %v433 = "stablehlo.maximum"(%v431, %v432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v433) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v435 = "stablehlo.reshape"(%v434) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v436 = "stablehlo.broadcast_in_dim"(%v435) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v437 = "stablehlo.subtract"(%v364, %v436) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v438 = "stablehlo.exponential"(%v437) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v439 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v443 = "stablehlo.reduce"(%v438, %v439) ({
          ^bb0(%v440: tensor<f32>, %v441: tensor<f32>):
            %v442 = "stablehlo.add"(%v440, %v441) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v442) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v444 = "stablehlo.reshape"(%v443) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v445 = "stablehlo.broadcast_in_dim"(%v444) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v446 = "stablehlo.divide"(%v438, %v445) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v448 = "stablehlo.reshape"(%v447) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v449 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v450 = "stablehlo.broadcast_in_dim"(%v449) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v451 = "stablehlo.compare"(%v448, %v450) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v452 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v453 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v454 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v455 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v499, %v500, %v501, %v502, %v503, %v504, %v505 = "stablehlo.while"(%v453, %v454, %v455, %v375, %v452, %v446, %v448) ({
          ^bb0(%v456: tensor<i32>, %v457: tensor<1x1xui32>, %v458: tensor<1x1xui32>, %v495: tensor<1x96xui32>, %v496: tensor<f32>, %v497: tensor<1x96xf32>, %v498: tensor<1x1xf32>):
            %v459 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v460 = "stablehlo.compare"(%v456, %v459) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v460) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v462: tensor<i32>, %v463: tensor<1x1xui32>, %v464: tensor<1x1xui32>, %v471: tensor<1x96xui32>, %v473: tensor<f32>, %v475: tensor<1x96xf32>, %v483: tensor<1x1xf32>):
            %v465 = "stablehlo.subtract"(%v464, %v463) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v466 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v467 = "stablehlo.broadcast_in_dim"(%v466) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v468 = "stablehlo.shift_right_logical"(%v465, %v467) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v469 = "stablehlo.add"(%v463, %v468) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v470 = "stablehlo.broadcast_in_dim"(%v469) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v472 = "stablehlo.compare"(%v471, %v470) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v474 = "stablehlo.broadcast_in_dim"(%v473) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
            %v476 = "stablehlo.select"(%v472, %v475, %v474) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
            %v477 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
            %v481 = "stablehlo.reduce"(%v476, %v477) ({
              ^bb0(%v478: tensor<f32>, %v479: tensor<f32>):
                %v480 = "stablehlo.add"(%v478, %v479) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%v480) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
            %v482 = "stablehlo.reshape"(%v481) : (tensor<1xf32>) -> tensor<1x1xf32>
            %v484 = "stablehlo.compare"(%v482, %v483) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
            %v485 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v486 = "stablehlo.add"(%v462, %v485) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v487 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v488 = "stablehlo.broadcast_in_dim"(%v487) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v489 = "stablehlo.add"(%v469, %v488) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v490 = "stablehlo.select"(%v484, %v463, %v489) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v491 = "stablehlo.select"(%v484, %v469, %v464) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v486, %v490, %v491, %v471, %v473, %v475, %v483) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
        %v506 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v507 = "stablehlo.broadcast_in_dim"(%v506) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v508 = "stablehlo.select"(%v451, %v507, %v501) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v509 = "stablehlo.maximum"(%v429, %v508) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v510 = "stablehlo.broadcast_in_dim"(%v509) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v511 = "stablehlo.compare"(%v375, %v510) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v512 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v513 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v514 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
        %v515 = "stablehlo.broadcast_in_dim"(%v514) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v516 = "stablehlo.xor"(%v512, %v515) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v517 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v518 = "stablehlo.broadcast_in_dim"(%v517) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v519 = "stablehlo.shift_right_logical"(%v516, %v518) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v520 = "stablehlo.xor"(%v516, %v519) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v521 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v522 = "stablehlo.broadcast_in_dim"(%v521) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v523 = "stablehlo.multiply"(%v520, %v522) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v524 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v525 = "stablehlo.broadcast_in_dim"(%v524) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v526 = "stablehlo.shift_right_logical"(%v523, %v525) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v527 = "stablehlo.xor"(%v523, %v526) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v528 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v529 = "stablehlo.broadcast_in_dim"(%v528) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v530 = "stablehlo.multiply"(%v527, %v529) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v531 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v532 = "stablehlo.broadcast_in_dim"(%v531) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v533 = "stablehlo.shift_right_logical"(%v530, %v532) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v534 = "stablehlo.xor"(%v530, %v533) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v535 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v536 = "stablehlo.xor"(%v534, %v535) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v537 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v538 = "stablehlo.broadcast_in_dim"(%v537) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v539 = "stablehlo.shift_right_logical"(%v536, %v538) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v540 = "stablehlo.xor"(%v536, %v539) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v541 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v542 = "stablehlo.broadcast_in_dim"(%v541) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v543 = "stablehlo.multiply"(%v540, %v542) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v544 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v545 = "stablehlo.broadcast_in_dim"(%v544) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v546 = "stablehlo.shift_right_logical"(%v543, %v545) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v547 = "stablehlo.xor"(%v543, %v546) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v548 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v549 = "stablehlo.broadcast_in_dim"(%v548) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v550 = "stablehlo.multiply"(%v547, %v549) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v551 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v552 = "stablehlo.broadcast_in_dim"(%v551) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v553 = "stablehlo.shift_right_logical"(%v550, %v552) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v554 = "stablehlo.xor"(%v550, %v553) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v555 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v556 = "stablehlo.xor"(%v554, %v555) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v557 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v558 = "stablehlo.broadcast_in_dim"(%v557) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v559 = "stablehlo.shift_right_logical"(%v556, %v558) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v560 = "stablehlo.xor"(%v556, %v559) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v561 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v562 = "stablehlo.broadcast_in_dim"(%v561) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v563 = "stablehlo.multiply"(%v560, %v562) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v564 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v565 = "stablehlo.broadcast_in_dim"(%v564) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v566 = "stablehlo.shift_right_logical"(%v563, %v565) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v567 = "stablehlo.xor"(%v563, %v566) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v568 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v569 = "stablehlo.broadcast_in_dim"(%v568) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v570 = "stablehlo.multiply"(%v567, %v569) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v571 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v572 = "stablehlo.broadcast_in_dim"(%v571) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v573 = "stablehlo.shift_right_logical"(%v570, %v572) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v574 = "stablehlo.xor"(%v570, %v573) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v575 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
        %v576 = "stablehlo.broadcast_in_dim"(%v574) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v577 = "stablehlo.xor"(%v575, %v576) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v578 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v579 = "stablehlo.broadcast_in_dim"(%v578) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v580 = "stablehlo.shift_right_logical"(%v577, %v579) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v581 = "stablehlo.xor"(%v577, %v580) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v582 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v583 = "stablehlo.broadcast_in_dim"(%v582) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v584 = "stablehlo.multiply"(%v581, %v583) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v585 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v586 = "stablehlo.broadcast_in_dim"(%v585) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v587 = "stablehlo.shift_right_logical"(%v584, %v586) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v588 = "stablehlo.xor"(%v584, %v587) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v589 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v590 = "stablehlo.broadcast_in_dim"(%v589) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v591 = "stablehlo.multiply"(%v588, %v590) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v592 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v593 = "stablehlo.broadcast_in_dim"(%v592) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v594 = "stablehlo.shift_right_logical"(%v591, %v593) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v595 = "stablehlo.xor"(%v591, %v594) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v596 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
        %v597 = "stablehlo.broadcast_in_dim"(%v596) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v598 = "stablehlo.add"(%v595, %v597) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v599 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v600 = "stablehlo.broadcast_in_dim"(%v599) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v601 = "stablehlo.shift_right_logical"(%v598, %v600) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v602 = "stablehlo.xor"(%v598, %v601) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v603 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v604 = "stablehlo.broadcast_in_dim"(%v603) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v605 = "stablehlo.multiply"(%v602, %v604) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v606 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v607 = "stablehlo.broadcast_in_dim"(%v606) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v608 = "stablehlo.shift_right_logical"(%v605, %v607) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v609 = "stablehlo.xor"(%v605, %v608) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v610 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v611 = "stablehlo.broadcast_in_dim"(%v610) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v612 = "stablehlo.multiply"(%v609, %v611) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v613 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v614 = "stablehlo.broadcast_in_dim"(%v613) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v615 = "stablehlo.shift_right_logical"(%v612, %v614) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v616 = "stablehlo.xor"(%v612, %v615) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v617 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %v618 = "stablehlo.broadcast_in_dim"(%v617) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v619 = "stablehlo.shift_right_logical"(%v616, %v618) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v620 = "stablehlo.convert"(%v619) : (tensor<1x96xui32>) -> tensor<1x96xf32>
        %v621 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
        %v622 = "stablehlo.broadcast_in_dim"(%v621) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v623 = "stablehlo.add"(%v620, %v622) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v624 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
        %v625 = "stablehlo.broadcast_in_dim"(%v624) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v626 = "stablehlo.multiply"(%v623, %v625) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v627 = "stablehlo.log"(%v626) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v628 = "stablehlo.negate"(%v627) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v629 = "stablehlo.log"(%v628) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v630 = "stablehlo.negate"(%v629) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v631 = "stablehlo.add"(%v364, %v630) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v632 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v633 = "stablehlo.broadcast_in_dim"(%v632) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v634 = "stablehlo.select"(%v511, %v631, %v633) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v635 = "stablehlo.reshape"(%v359) : (tensor<1x1xi1>) -> tensor<1xi1>
        %v636 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v637 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v638 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v650, %v651 = "stablehlo.reduce"(%v354, %v636, %v637, %v638) ({
          ^bb0(%v639: tensor<f32>, %v640: tensor<i32>, %v641: tensor<f32>, %v642: tensor<i32>):
            %v643 = "stablehlo.compare"(%v641, %v639) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v644 = "stablehlo.compare"(%v641, %v639) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v645 = "stablehlo.compare"(%v642, %v640) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v646 = "stablehlo.and"(%v644, %v645) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v647 = "stablehlo.or"(%v643, %v646) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v648 = "stablehlo.select"(%v647, %v641, %v639) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v649 = "stablehlo.select"(%v647, %v642, %v640) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v648, %v649) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v652 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v653 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v654 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v666, %v667 = "stablehlo.reduce"(%v634, %v652, %v653, %v654) ({
          ^bb0(%v655: tensor<f32>, %v656: tensor<i32>, %v657: tensor<f32>, %v658: tensor<i32>):
            %v659 = "stablehlo.compare"(%v657, %v655) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v660 = "stablehlo.compare"(%v657, %v655) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v661 = "stablehlo.compare"(%v658, %v656) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v662 = "stablehlo.and"(%v660, %v661) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v663 = "stablehlo.or"(%v659, %v662) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v664 = "stablehlo.select"(%v663, %v657, %v655) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v665 = "stablehlo.select"(%v663, %v658, %v656) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v664, %v665) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v668 = "stablehlo.select"(%v635, %v651, %v667) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v669 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v670 = "stablehlo.compare"(%v54, %v669) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v671 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v672 = "stablehlo.broadcast_in_dim"(%v671) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v673 = "stablehlo.select"(%v670, %v668, %v672) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v674 = "stablehlo.reshape"(%v673) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v675 = "stablehlo.dynamic_update_slice"(%v55, %v674, %v61, %v51) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v676 = "stablehlo.reshape"(%v668) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v677 = "stablehlo.broadcast_in_dim"(%v676) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v679 = "stablehlo.compare"(%v677, %v678) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v680 = "stablehlo.convert"(%v679) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v681 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v685 = "stablehlo.reduce"(%v680, %v681) ({
          ^bb0(%v682: tensor<i32>, %v683: tensor<i32>):
            %v684 = "stablehlo.maximum"(%v682, %v683) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v684) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v686 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v687 = "stablehlo.compare"(%v685, %v686) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v688 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v689 = "stablehlo.broadcast_in_dim"(%v688) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v690 = "stablehlo.subtract"(%v54, %v689) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v691 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v692 = "stablehlo.maximum"(%v690, %v691) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v693 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v694 = "stablehlo.select"(%v687, %v693, %v692) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v695 = "stablehlo.reshape"(%v670) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v696 = "stablehlo.reshape"(%v668) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v697 = "stablehlo.select"(%v695, %v696, %v52) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v698 = "stablehlo.convert"(%v670) : (tensor<1xi1>) -> tensor<1xi32>
        %v699 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v700 = "stablehlo.add"(%v51, %v699) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v701 = "stablehlo.add"(%v53, %v698) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v702 = "stablehlo.convert"(%v698) : (tensor<1xi32>) -> tensor<1xui32>
        %v703 = "stablehlo.reshape"(%v702) : (tensor<1xui32>) -> tensor<1x1xui32>
        %v704 = "stablehlo.constant"() {value = dense<0> : tensor<1x2xui32>} : () -> tensor<1x2xui32>
        %v705 = "stablehlo.concatenate"(%v704, %v703) {dimension = 1 : i64} : (tensor<1x2xui32>, tensor<1x1xui32>) -> tensor<1x3xui32>
        %v706 = "stablehlo.add"(%v56, %v705) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
        "stablehlo.return"(%v700, %v697, %v701, %v694, %v675, %v706, %v159, %v280, %v162, %v283, %v86, %v104, %v108, %v144, %v173, %v193, %v197, %v206, %v226, %v230, %v294, %v314, %v318, %v327, %v347, %v351, %v355, %v376, %v447, %v678) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>)
    "func.return"(%v741, %v743, %v744, %v745, %v746) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
