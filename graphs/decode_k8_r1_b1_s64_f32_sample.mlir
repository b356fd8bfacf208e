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
    %v670, %v671, %v672, %v673, %v674, %v675, %v676, %v677, %v678, %v679, %v680, %v681, %v682, %v683, %v684, %v685, %v686, %v687, %v688, %v689, %v690, %v691, %v692, %v693, %v694, %v695, %v696, %v697, %v698, %v699 = "stablehlo.while"(%v28, %v15, %v16, %v18, %v29, %v27, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v17, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v24, %v25, %v26, %v19) ({
      ^bb0(%v30: tensor<i32>, %v31: tensor<1x1xi32>, %v32: tensor<1xi32>, %v33: tensor<1xi32>, %v34: tensor<1x8xi32>, %v35: tensor<1x3xui32>, %v36: tensor<2x64x16xf32>, %v37: tensor<2x64x16xf32>, %v38: tensor<2x64x16xf32>, %v39: tensor<2x64x16xf32>, %v650: tensor<96x64xf32>, %v651: tensor<64xf32>, %v652: tensor<128x64xf32>, %v653: tensor<1xi32>, %v654: tensor<64x64xf32>, %v655: tensor<64xf32>, %v656: tensor<320x64xf32>, %v657: tensor<64x160xf32>, %v658: tensor<64xf32>, %v659: tensor<128x64xf32>, %v660: tensor<64x64xf32>, %v661: tensor<64xf32>, %v662: tensor<320x64xf32>, %v663: tensor<64x160xf32>, %v664: tensor<64xf32>, %v665: tensor<96x64xf32>, %v666: tensor<1xf32>, %v667: tensor<1xi32>, %v668: tensor<1xf32>, %v669: tensor<1x8xi32>):
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
      ^bb0(%v51: tensor<i32>, %v52: tensor<1x1xi32>, %v53: tensor<1xi32>, %v54: tensor<1xi32>, %v55: tensor<1x8xi32>, %v56: tensor<1x3xui32>, %v57: tensor<2x64x16xf32>, %v58: tensor<2x64x16xf32>, %v59: tensor<2x64x16xf32>, %v60: tensor<2x64x16xf32>, %v86: tensor<96x64xf32>, %v104: tensor<64xf32>, %v108: tensor<128x64xf32>, %v144: tensor<1xi32>, %v173: tensor<64x64xf32>, %v193: tensor<64xf32>, %v197: tensor<320x64xf32>, %v206: tensor<64x160xf32>, %v226: tensor<64xf32>, %v230: tensor<128x64xf32>, %v294: tensor<64x64xf32>, %v314: tensor<64xf32>, %v318: tensor<320x64xf32>, %v327: tensor<64x160xf32>, %v347: tensor<64xf32>, %v351: tensor<96x64xf32>, %v355: tensor<1xf32>, %v374: tensor<1xi32>, %v429: tensor<1xf32>, %v611: tensor<1x8xi32>):
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
        %v109 = "stablehlo.custom_call"(%v107, %v108) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
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
        %v167 = "stablehlo.custom_call"(%v166, %v159, %v162, %v53, %v144, %v165) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v168 = "stablehlo.reshape"(%v167) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v169 = "stablehlo.reshape"(%v168) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v170 = "stablehlo.transpose"(%v169) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v171 = "stablehlo.reshape"(%v170) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v172 = "stablehlo.reshape"(%v171) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v174 = "stablehlo.custom_call"(%v172, %v173) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
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
        %v198 = "stablehlo.custom_call"(%v196, %v197) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v199 = "stablehlo.reshape"(%v198) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v200 = "stablehlo.slice"(%v199) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v201 = "stablehlo.slice"(%v199) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v202 = "stablehlo.logistic"(%v200) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v203 = "stablehlo.multiply"(%v200, %v202) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v204 = "stablehlo.multiply"(%v203, %v201) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v205 = "stablehlo.reshape"(%v204) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v207 = "stablehlo.custom_call"(%v205, %v206) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
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
        %v231 = "stablehlo.custom_call"(%v229, %v230) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
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
        %v288 = "stablehlo.custom_call"(%v287, %v280, %v283, %v53, %v144, %v286) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v289 = "stablehlo.reshape"(%v288) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v290 = "stablehlo.reshape"(%v289) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v291 = "stablehlo.transpose"(%v290) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v292 = "stablehlo.reshape"(%v291) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v293 = "stablehlo.reshape"(%v292) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v295 = "stablehlo.custom_call"(%v293, %v294) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
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
        %v319 = "stablehlo.custom_call"(%v317, %v318) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v320 = "stablehlo.reshape"(%v319) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v321 = "stablehlo.slice"(%v320) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v322 = "stablehlo.slice"(%v320) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v323 = "stablehlo.logistic"(%v321) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v324 = "stablehlo.multiply"(%v321, %v323) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v325 = "stablehlo.multiply"(%v324, %v322) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v326 = "stablehlo.reshape"(%v325) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v328 = "stablehlo.custom_call"(%v326, %v327) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
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
        %v352 = "stablehlo.custom_call"(%v350, %v351) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
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
        %v365 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v371, %v372 = "stablehlo.sort"(%v364, %v365) ({
          ^bb0(%v366: tensor<f32>, %v367: tensor<f32>, %v368: tensor<i32>, %v369: tensor<i32>):
            %v370 = "stablehlo.compare"(%v366, %v367) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            "stablehlo.return"(%v370) : (tensor<i1>) -> ()
        }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
        %v373 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v375 = "stablehlo.reshape"(%v374) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v376 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v377 = "stablehlo.broadcast_in_dim"(%v376) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
        %v378 = "stablehlo.compare"(%v375, %v377) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v379 = "stablehlo.broadcast_in_dim"(%v375) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
        %v380 = "stablehlo.compare"(%v373, %v379) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
        %v381 = "stablehlo.broadcast_in_dim"(%v378) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x96xi1>
        %v382 = "stablehlo.or"(%v380, %v381) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
        %v383 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v387 = "stablehlo.reduce"(%v371, %v383) ({
          ^bb0(%v384: tensor<f32>, %v385: tensor<f32>):
            %v386 = "stablehlo.maximum"(%v384, %v385) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v386) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v388 = "stablehlo.reshape"(%v387) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v389 = "stablehlo.broadcast_in_dim"(%v388) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v390 = "stablehlo.subtract"(%v371, %v389) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v391 = "stablehlo.exponential"(%v390) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v392 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v396 = "stablehlo.reduce"(%v391, %v392) ({
          ^bb0(%v393: tensor<f32>, %v394: tensor<f32>):
            %v395 = "stablehlo.add"(%v393, %v394) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v395) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v397 = "stablehlo.reshape"(%v396) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v398 = "stablehlo.broadcast_in_dim"(%v397) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v399 = "stablehlo.divide"(%v391, %v398) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v400 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
        %v401 = "stablehlo.slice"(%v399) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
        %v402 = "stablehlo.concatenate"(%v400, %v401) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
        %v403 = "stablehlo.add"(%v399, %v402) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v404 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
        %v405 = "stablehlo.slice"(%v403) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
        %v406 = "stablehlo.concatenate"(%v404, %v405) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
        %v407 = "stablehlo.add"(%v403, %v406) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v408 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
        %v409 = "stablehlo.slice"(%v407) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
        %v410 = "stablehlo.concatenate"(%v408, %v409) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
        %v411 = "stablehlo.add"(%v407, %v410) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v412 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
        %v413 = "stablehlo.slice"(%v411) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
        %v414 = "stablehlo.concatenate"(%v412, %v413) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
        %v415 = "stablehlo.add"(%v411, %v414) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v416 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
        %v417 = "stablehlo.slice"(%v415) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
        %v418 = "stablehlo.concatenate"(%v416, %v417) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
        %v419 = "stablehlo.add"(%v415, %v418) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v420 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
        %v421 = "stablehlo.slice"(%v419) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
        %v422 = "stablehlo.concatenate"(%v420, %v421) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
        %v423 = "stablehlo.add"(%v419, %v422) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v424 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
        %v425 = "stablehlo.slice"(%v423) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
        %v426 = "stablehlo.concatenate"(%v424, %v425) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
        %v427 = "stablehlo.add"(%v423, %v426) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v428 = "stablehlo.subtract"(%v427, %v399) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v430 = "stablehlo.reshape"(%v429) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v431 = "stablehlo.broadcast_in_dim"(%v430) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v432 = "stablehlo.compare"(%v428, %v431) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v433 = "stablehlo.and"(%v382, %v432) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
        %v434 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v435 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v436 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
        %v437 = "stablehlo.broadcast_in_dim"(%v436) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v438 = "stablehlo.xor"(%v434, %v437) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v439 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v440 = "stablehlo.broadcast_in_dim"(%v439) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v441 = "stablehlo.shift_right_logical"(%v438, %v440) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v442 = "stablehlo.xor"(%v438, %v441) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v443 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v444 = "stablehlo.broadcast_in_dim"(%v443) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v445 = "stablehlo.multiply"(%v442, %v444) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v446 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v447 = "stablehlo.broadcast_in_dim"(%v446) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v448 = "stablehlo.shift_right_logical"(%v445, %v447) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v449 = "stablehlo.xor"(%v445, %v448) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v450 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v451 = "stablehlo.broadcast_in_dim"(%v450) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v452 = "stablehlo.multiply"(%v449, %v451) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v453 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v454 = "stablehlo.broadcast_in_dim"(%v453) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v455 = "stablehlo.shift_right_logical"(%v452, %v454) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v456 = "stablehlo.xor"(%v452, %v455) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v457 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v458 = "stablehlo.xor"(%v456, %v457) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v459 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v460 = "stablehlo.broadcast_in_dim"(%v459) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v461 = "stablehlo.shift_right_logical"(%v458, %v460) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v462 = "stablehlo.xor"(%v458, %v461) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v463 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v464 = "stablehlo.broadcast_in_dim"(%v463) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v465 = "stablehlo.multiply"(%v462, %v464) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v466 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v467 = "stablehlo.broadcast_in_dim"(%v466) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v468 = "stablehlo.shift_right_logical"(%v465, %v467) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v469 = "stablehlo.xor"(%v465, %v468) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v470 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v471 = "stablehlo.broadcast_in_dim"(%v470) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v472 = "stablehlo.multiply"(%v469, %v471) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v473 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v474 = "stablehlo.broadcast_in_dim"(%v473) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v475 = "stablehlo.shift_right_logical"(%v472, %v474) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v476 = "stablehlo.xor"(%v472, %v475) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v477 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v478 = "stablehlo.xor"(%v476, %v477) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v479 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v480 = "stablehlo.broadcast_in_dim"(%v479) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v481 = "stablehlo.shift_right_logical"(%v478, %v480) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v482 = "stablehlo.xor"(%v478, %v481) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v483 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v484 = "stablehlo.broadcast_in_dim"(%v483) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v485 = "stablehlo.multiply"(%v482, %v484) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v486 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v487 = "stablehlo.broadcast_in_dim"(%v486) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v488 = "stablehlo.shift_right_logical"(%v485, %v487) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v489 = "stablehlo.xor"(%v485, %v488) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v490 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v491 = "stablehlo.broadcast_in_dim"(%v490) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v492 = "stablehlo.multiply"(%v489, %v491) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v493 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v494 = "stablehlo.broadcast_in_dim"(%v493) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v495 = "stablehlo.shift_right_logical"(%v492, %v494) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v496 = "stablehlo.xor"(%v492, %v495) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v497 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
        %v498 = "stablehlo.broadcast_in_dim"(%v496) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v499 = "stablehlo.xor"(%v497, %v498) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v500 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v501 = "stablehlo.broadcast_in_dim"(%v500) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v502 = "stablehlo.shift_right_logical"(%v499, %v501) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v503 = "stablehlo.xor"(%v499, %v502) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v504 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v505 = "stablehlo.broadcast_in_dim"(%v504) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v506 = "stablehlo.multiply"(%v503, %v505) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v507 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v508 = "stablehlo.broadcast_in_dim"(%v507) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v509 = "stablehlo.shift_right_logical"(%v506, %v508) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v510 = "stablehlo.xor"(%v506, %v509) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v511 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v512 = "stablehlo.broadcast_in_dim"(%v511) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v513 = "stablehlo.multiply"(%v510, %v512) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v514 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v515 = "stablehlo.broadcast_in_dim"(%v514) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v516 = "stablehlo.shift_right_logical"(%v513, %v515) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v517 = "stablehlo.xor"(%v513, %v516) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v518 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
        %v519 = "stablehlo.broadcast_in_dim"(%v518) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v520 = "stablehlo.add"(%v517, %v519) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v521 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v522 = "stablehlo.broadcast_in_dim"(%v521) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v523 = "stablehlo.shift_right_logical"(%v520, %v522) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v524 = "stablehlo.xor"(%v520, %v523) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v525 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v526 = "stablehlo.broadcast_in_dim"(%v525) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v527 = "stablehlo.multiply"(%v524, %v526) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v528 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v529 = "stablehlo.broadcast_in_dim"(%v528) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v530 = "stablehlo.shift_right_logical"(%v527, %v529) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v531 = "stablehlo.xor"(%v527, %v530) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v532 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v533 = "stablehlo.broadcast_in_dim"(%v532) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v534 = "stablehlo.multiply"(%v531, %v533) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v535 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v536 = "stablehlo.broadcast_in_dim"(%v535) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v537 = "stablehlo.shift_right_logical"(%v534, %v536) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v538 = "stablehlo.xor"(%v534, %v537) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v539 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %v540 = "stablehlo.broadcast_in_dim"(%v539) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v541 = "stablehlo.shift_right_logical"(%v538, %v540) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v542 = "stablehlo.convert"(%v541) : (tensor<1x96xui32>) -> tensor<1x96xf32>
        %v543 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
        %v544 = "stablehlo.broadcast_in_dim"(%v543) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v545 = "stablehlo.add"(%v542, %v544) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v546 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
        %v547 = "stablehlo.broadcast_in_dim"(%v546) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v548 = "stablehlo.multiply"(%v545, %v547) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v549 = "stablehlo.log"(%v548) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v550 = "stablehlo.negate"(%v549) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v551 = "stablehlo.log"(%v550) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v552 = "stablehlo.negate"(%v551) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v553 = "stablehlo.add"(%v371, %v552) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v554 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v555 = "stablehlo.broadcast_in_dim"(%v554) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v556 = "stablehlo.select"(%v433, %v553, %v555) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v557 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v558 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v559 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v571, %v572 = "stablehlo.reduce"(%v556, %v557, %v558, %v559) ({
          ^bb0(%v560: tensor<f32>, %v561: tensor<i32>, %v562: tensor<f32>, %v563: tensor<i32>):
            %v564 = "stablehlo.compare"(%v562, %v560) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v565 = "stablehlo.compare"(%v562, %v560) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v566 = "stablehlo.compare"(%v563, %v561) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v567 = "stablehlo.and"(%v565, %v566) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v568 = "stablehlo.or"(%v564, %v567) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v569 = "stablehlo.select"(%v568, %v562, %v560) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v570 = "stablehlo.select"(%v568, %v563, %v561) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v569, %v570) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v573 = "stablehlo.reshape"(%v572) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v574 = "stablehlo.broadcast_in_dim"(%v573) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
        %v575 = "stablehlo.compare"(%v373, %v574) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
        %v576 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v577 = "stablehlo.broadcast_in_dim"(%v576) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v578 = "stablehlo.select"(%v575, %v372, %v577) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v579 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v583 = "stablehlo.reduce"(%v578, %v579) ({
          ^bb0(%v580: tensor<i32>, %v581: tensor<i32>):
            %v582 = "stablehlo.add"(%v580, %v581) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v582) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v584 = "stablehlo.reshape"(%v359) : (tensor<1x1xi1>) -> tensor<1xi1>
        %v585 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v586 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v587 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v599, %v600 = "stablehlo.reduce"(%v354, %v585, %v586, %v587) ({
          ^bb0(%v588: tensor<f32>, %v589: tensor<i32>, %v590: tensor<f32>, %v591: tensor<i32>):
            %v592 = "stablehlo.compare"(%v590, %v588) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v593 = "stablehlo.compare"(%v590, %v588) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v594 = "stablehlo.compare"(%v591, %v589) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v595 = "stablehlo.and"(%v593, %v594) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v596 = "stablehlo.or"(%v592, %v595) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v597 = "stablehlo.select"(%v596, %v590, %v588) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v598 = "stablehlo.select"(%v596, %v591, %v589) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v597, %v598) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v601 = "stablehlo.select"(%v584, %v600, %v583) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v602 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v603 = "stablehlo.compare"(%v54, %v602) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v604 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v605 = "stablehlo.broadcast_in_dim"(%v604) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v606 = "stablehlo.select"(%v603, %v601, %v605) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v607 = "stablehlo.reshape"(%v606) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v608 = "stablehlo.dynamic_update_slice"(%v55, %v607, %v61, %v51) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v609 = "stablehlo.reshape"(%v601) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v610 = "stablehlo.broadcast_in_dim"(%v609) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v612 = "stablehlo.compare"(%v610, %v611) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v613 = "stablehlo.convert"(%v612) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v614 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v618 = "stablehlo.reduce"(%v613, %v614) ({
          ^bb0(%v615: tensor<i32>, %v616: tensor<i32>):
            %v617 = "stablehlo.maximum"(%v615, %v616) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v617) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v619 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v620 = "stablehlo.compare"(%v618, %v619) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v621 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v622 = "stablehlo.broadcast_in_dim"(%v621) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v623 = "stablehlo.subtract"(%v54, %v622) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v624 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v625 = "stablehlo.maximum"(%v623, %v624) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v626 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v627 = "stablehlo.select"(%v620, %v626, %v625) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v628 = "stablehlo.reshape"(%v603) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v629 = "stablehlo.reshape"(%v601) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v630 = "stablehlo.select"(%v628, %v629, %v52) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v631 = "stablehlo.convert"(%v603) : (tensor<1xi1>) -> tensor<1xi32>
        %v632 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v633 = "stablehlo.add"(%v51, %v632) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v634 = "stablehlo.add"(%v53, %v631) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v635 = "stablehlo.convert"(%v631) : (tensor<1xi32>) -> tensor<1xui32>
        %v636 = "stablehlo.reshape"(%v635) : (tensor<1xui32>) -> tensor<1x1xui32>
        %v637 = "stablehlo.constant"() {value = dense<0> : tensor<1x2xui32>} : () -> tensor<1x2xui32>
        %v638 = "stablehlo.concatenate"(%v637, %v636) {dimension = 1 : i64} : (tensor<1x2xui32>, tensor<1x1xui32>) -> tensor<1x3xui32>
        %v639 = "stablehlo.add"(%v56, %v638) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
        "stablehlo.return"(%v633, %v630, %v634, %v627, %v608, %v639, %v159, %v280, %v162, %v283, %v86, %v104, %v108, %v144, %v173, %v193, %v197, %v206, %v226, %v230, %v294, %v314, %v318, %v327, %v347, %v351, %v355, %v374, %v429, %v611) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>)
    "func.return"(%v674, %v676, %v677, %v678, %v679) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
