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
    %v656, %v657, %v658, %v659, %v660, %v661, %v662, %v663, %v664, %v665, %v666, %v667, %v668, %v669, %v670, %v671, %v672, %v673, %v674, %v675, %v676, %v677, %v678, %v679, %v680, %v681, %v682, %v683, %v684, %v685 = "stablehlo.while"(%v28, %v15, %v16, %v18, %v29, %v27, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v17, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v24, %v25, %v26, %v19) ({
      ^bb0(%v30: tensor<i32>, %v31: tensor<1x1xi32>, %v32: tensor<1xi32>, %v33: tensor<1xi32>, %v34: tensor<1x8xi32>, %v35: tensor<1x3xui32>, %v36: tensor<2x64x16xf32>, %v37: tensor<2x64x16xf32>, %v38: tensor<2x64x16xf32>, %v39: tensor<2x64x16xf32>, %v636: tensor<96x64xf32>, %v637: tensor<64xf32>, %v638: tensor<128x64xf32>, %v639: tensor<1xi32>, %v640: tensor<64x64xf32>, %v641: tensor<64xf32>, %v642: tensor<320x64xf32>, %v643: tensor<64x160xf32>, %v644: tensor<64xf32>, %v645: tensor<128x64xf32>, %v646: tensor<64x64xf32>, %v647: tensor<64xf32>, %v648: tensor<320x64xf32>, %v649: tensor<64x160xf32>, %v650: tensor<64xf32>, %v651: tensor<96x64xf32>, %v652: tensor<1xf32>, %v653: tensor<1xi32>, %v654: tensor<1xf32>, %v655: tensor<1x8xi32>):
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
      ^bb0(%v51: tensor<i32>, %v52: tensor<1x1xi32>, %v53: tensor<1xi32>, %v54: tensor<1xi32>, %v55: tensor<1x8xi32>, %v56: tensor<1x3xui32>, %v57: tensor<2x64x16xf32>, %v58: tensor<2x64x16xf32>, %v59: tensor<2x64x16xf32>, %v60: tensor<2x64x16xf32>, %v86: tensor<96x64xf32>, %v104: tensor<64xf32>, %v108: tensor<128x64xf32>, %v145: tensor<1xi32>, %v166: tensor<64x64xf32>, %v186: tensor<64xf32>, %v190: tensor<320x64xf32>, %v199: tensor<64x160xf32>, %v219: tensor<64xf32>, %v223: tensor<128x64xf32>, %v280: tensor<64x64xf32>, %v300: tensor<64xf32>, %v304: tensor<320x64xf32>, %v313: tensor<64x160xf32>, %v333: tensor<64xf32>, %v337: tensor<96x64xf32>, %v341: tensor<1xf32>, %v360: tensor<1xi32>, %v415: tensor<1xf32>, %v597: tensor<1x8xi32>):
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
        %v142 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v143 = "stablehlo.reshape"(%v138) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v144 = "stablehlo.reshape"(%v141) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v146 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v147 = "stablehlo.reshape"(%v146) : (tensor<1xi32>) -> tensor<i32>
        %v148 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v149 = "stablehlo.multiply"(%v147, %v148) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v150 = "stablehlo.slice"(%v53) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v151 = "stablehlo.reshape"(%v150) : (tensor<1xi32>) -> tensor<i32>
        %v152 = "stablehlo.slice"(%v143) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v153 = "stablehlo.dynamic_update_slice"(%v57, %v152, %v149, %v151, %v142) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v154 = "stablehlo.slice"(%v144) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v155 = "stablehlo.dynamic_update_slice"(%v59, %v154, %v149, %v151, %v142) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v156 = "stablehlo.reshape"(%v124) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v157 = "stablehlo.reshape"(%v156) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v158 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v159 = "stablehlo.reshape"(%v157) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v160 = "stablehlo.custom_call"(%v159, %v153, %v155, %v53, %v145, %v158) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v161 = "stablehlo.reshape"(%v160) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v162 = "stablehlo.reshape"(%v161) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v163 = "stablehlo.transpose"(%v162) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v164 = "stablehlo.reshape"(%v163) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v165 = "stablehlo.reshape"(%v164) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v167 = "stablehlo.custom_call"(%v165, %v166) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v168 = "stablehlo.reshape"(%v167) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v169 = "stablehlo.add"(%v87, %v168) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v170 = "stablehlo.multiply"(%v169, %v169) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v171 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v175 = "stablehlo.reduce"(%v170, %v171) ({
          ^bb0(%v172: tensor<f32>, %v173: tensor<f32>):
            %v174 = "stablehlo.add"(%v172, %v173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v174) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v176 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v177 = "stablehlo.broadcast_in_dim"(%v176) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v178 = "stablehlo.divide"(%v175, %v177) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v179 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v180 = "stablehlo.broadcast_in_dim"(%v179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v181 = "stablehlo.add"(%v178, %v180) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v182 = "stablehlo.rsqrt"(%v181) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v183 = "stablehlo.reshape"(%v182) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v184 = "stablehlo.broadcast_in_dim"(%v183) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v185 = "stablehlo.multiply"(%v169, %v184) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v187 = "stablehlo.broadcast_in_dim"(%v186) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v188 = "stablehlo.multiply"(%v185, %v187) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v189 = "stablehlo.reshape"(%v188) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v191 = "stablehlo.custom_call"(%v189, %v190) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v192 = "stablehlo.reshape"(%v191) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v193 = "stablehlo.slice"(%v192) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v194 = "stablehlo.slice"(%v192) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v195 = "stablehlo.logistic"(%v193) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v196 = "stablehlo.multiply"(%v193, %v195) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v197 = "stablehlo.multiply"(%v196, %v194) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v198 = "stablehlo.reshape"(%v197) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v200 = "stablehlo.custom_call"(%v198, %v199) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v201 = "stablehlo.reshape"(%v200) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v202 = "stablehlo.add"(%v169, %v201) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v203 = "stablehlo.multiply"(%v202, %v202) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v204 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v208 = "stablehlo.reduce"(%v203, %v204) ({
          ^bb0(%v205: tensor<f32>, %v206: tensor<f32>):
            %v207 = "stablehlo.add"(%v205, %v206) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v207) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v209 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v210 = "stablehlo.broadcast_in_dim"(%v209) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v211 = "stablehlo.divide"(%v208, %v210) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v212 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v213 = "stablehlo.broadcast_in_dim"(%v212) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v214 = "stablehlo.add"(%v211, %v213) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v215 = "stablehlo.rsqrt"(%v214) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v216 = "stablehlo.reshape"(%v215) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v217 = "stablehlo.broadcast_in_dim"(%v216) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v218 = "stablehlo.multiply"(%v202, %v217) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v220 = "stablehlo.broadcast_in_dim"(%v219) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v221 = "stablehlo.multiply"(%v218, %v220) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v222 = "stablehlo.reshape"(%v221) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v224 = "stablehlo.custom_call"(%v222, %v223) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v225 = "stablehlo.reshape"(%v224) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v226 = "stablehlo.slice"(%v225) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v227 = "stablehlo.reshape"(%v226) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v228 = "stablehlo.transpose"(%v227) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v229 = "stablehlo.slice"(%v228) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v230 = "stablehlo.slice"(%v228) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v231 = "stablehlo.negate"(%v230) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v232 = "stablehlo.concatenate"(%v231, %v229) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v233 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v234 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v235 = "stablehlo.broadcast_in_dim"(%v233) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v236 = "stablehlo.multiply"(%v228, %v235) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v237 = "stablehlo.broadcast_in_dim"(%v234) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v238 = "stablehlo.multiply"(%v232, %v237) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v239 = "stablehlo.add"(%v236, %v238) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v240 = "stablehlo.slice"(%v225) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v241 = "stablehlo.reshape"(%v240) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v242 = "stablehlo.transpose"(%v241) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v243 = "stablehlo.slice"(%v242) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v244 = "stablehlo.slice"(%v242) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v245 = "stablehlo.negate"(%v244) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v246 = "stablehlo.concatenate"(%v245, %v243) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v247 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v248 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v249 = "stablehlo.broadcast_in_dim"(%v247) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v250 = "stablehlo.multiply"(%v242, %v249) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v251 = "stablehlo.broadcast_in_dim"(%v248) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v252 = "stablehlo.multiply"(%v246, %v251) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v253 = "stablehlo.add"(%v250, %v252) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v254 = "stablehlo.slice"(%v225) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v255 = "stablehlo.reshape"(%v254) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v256 = "stablehlo.transpose"(%v255) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v257 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v258 = "stablehlo.reshape"(%v253) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v259 = "stablehlo.reshape"(%v256) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v260 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v261 = "stablehlo.reshape"(%v260) : (tensor<1xi32>) -> tensor<i32>
        %v262 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v263 = "stablehlo.multiply"(%v261, %v262) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v264 = "stablehlo.slice"(%v53) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v265 = "stablehlo.reshape"(%v264) : (tensor<1xi32>) -> tensor<i32>
        %v266 = "stablehlo.slice"(%v258) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v267 = "stablehlo.dynamic_update_slice"(%v58, %v266, %v263, %v265, %v257) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v268 = "stablehlo.slice"(%v259) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v269 = "stablehlo.dynamic_update_slice"(%v60, %v268, %v263, %v265, %v257) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v270 = "stablehlo.reshape"(%v239) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v271 = "stablehlo.reshape"(%v270) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v272 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v273 = "stablehlo.reshape"(%v271) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v274 = "stablehlo.custom_call"(%v273, %v267, %v269, %v53, %v145, %v272) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v275 = "stablehlo.reshape"(%v274) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v276 = "stablehlo.reshape"(%v275) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v277 = "stablehlo.transpose"(%v276) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v278 = "stablehlo.reshape"(%v277) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v279 = "stablehlo.reshape"(%v278) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v281 = "stablehlo.custom_call"(%v279, %v280) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v282 = "stablehlo.reshape"(%v281) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v283 = "stablehlo.add"(%v202, %v282) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v284 = "stablehlo.multiply"(%v283, %v283) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v285 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v289 = "stablehlo.reduce"(%v284, %v285) ({
          ^bb0(%v286: tensor<f32>, %v287: tensor<f32>):
            %v288 = "stablehlo.add"(%v286, %v287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v288) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v290 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v291 = "stablehlo.broadcast_in_dim"(%v290) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v292 = "stablehlo.divide"(%v289, %v291) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v293 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v294 = "stablehlo.broadcast_in_dim"(%v293) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v295 = "stablehlo.add"(%v292, %v294) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v296 = "stablehlo.rsqrt"(%v295) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v297 = "stablehlo.reshape"(%v296) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v298 = "stablehlo.broadcast_in_dim"(%v297) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v299 = "stablehlo.multiply"(%v283, %v298) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v301 = "stablehlo.broadcast_in_dim"(%v300) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v302 = "stablehlo.multiply"(%v299, %v301) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v303 = "stablehlo.reshape"(%v302) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v305 = "stablehlo.custom_call"(%v303, %v304) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v306 = "stablehlo.reshape"(%v305) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v307 = "stablehlo.slice"(%v306) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v308 = "stablehlo.slice"(%v306) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v309 = "stablehlo.logistic"(%v307) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v310 = "stablehlo.multiply"(%v307, %v309) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v311 = "stablehlo.multiply"(%v310, %v308) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v312 = "stablehlo.reshape"(%v311) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v314 = "stablehlo.custom_call"(%v312, %v313) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v315 = "stablehlo.reshape"(%v314) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v316 = "stablehlo.add"(%v283, %v315) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v317 = "stablehlo.multiply"(%v316, %v316) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v318 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v322 = "stablehlo.reduce"(%v317, %v318) ({
          ^bb0(%v319: tensor<f32>, %v320: tensor<f32>):
            %v321 = "stablehlo.add"(%v319, %v320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v321) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v323 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v324 = "stablehlo.broadcast_in_dim"(%v323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v325 = "stablehlo.divide"(%v322, %v324) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v326 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v327 = "stablehlo.broadcast_in_dim"(%v326) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v328 = "stablehlo.add"(%v325, %v327) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v329 = "stablehlo.rsqrt"(%v328) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v330 = "stablehlo.reshape"(%v329) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v331 = "stablehlo.broadcast_in_dim"(%v330) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v332 = "stablehlo.multiply"(%v316, %v331) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v334 = "stablehlo.broadcast_in_dim"(%v333) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v335 = "stablehlo.multiply"(%v332, %v334) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v336 = "stablehlo.reshape"(%v335) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v338 = "stablehlo.custom_call"(%v336, %v337) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
        %v339 = "stablehlo.reshape"(%v338) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v340 = "stablehlo.reshape"(%v339) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v342 = "stablehlo.reshape"(%v341) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v343 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v344 = "stablehlo.broadcast_in_dim"(%v343) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v345 = "stablehlo.compare"(%v342, %v344) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v346 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v347 = "stablehlo.broadcast_in_dim"(%v346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v348 = "stablehlo.select"(%v345, %v347, %v342) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v349 = "stablehlo.broadcast_in_dim"(%v348) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v350 = "stablehlo.divide"(%v340, %v349) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v351 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v357, %v358 = "stablehlo.sort"(%v350, %v351) ({
          ^bb0(%v352: tensor<f32>, %v353: tensor<f32>, %v354: tensor<i32>, %v355: tensor<i32>):
            %v356 = "stablehlo.compare"(%v352, %v353) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            "stablehlo.return"(%v356) : (tensor<i1>) -> ()
        }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
        %v359 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v361 = "stablehlo.reshape"(%v360) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v362 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v363 = "stablehlo.broadcast_in_dim"(%v362) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
        %v364 = "stablehlo.compare"(%v361, %v363) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v365 = "stablehlo.broadcast_in_dim"(%v361) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
        %v366 = "stablehlo.compare"(%v359, %v365) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
        %v367 = "stablehlo.broadcast_in_dim"(%v364) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x96xi1>
        %v368 = "stablehlo.or"(%v366, %v367) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
        %v369 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v373 = "stablehlo.reduce"(%v357, %v369) ({
          ^bb0(%v370: tensor<f32>, %v371: tensor<f32>):
            %v372 = "stablehlo.maximum"(%v370, %v371) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v372) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v374 = "stablehlo.reshape"(%v373) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v375 = "stablehlo.broadcast_in_dim"(%v374) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v376 = "stablehlo.subtract"(%v357, %v375) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v377 = "stablehlo.exponential"(%v376) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v378 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v382 = "stablehlo.reduce"(%v377, %v378) ({
          ^bb0(%v379: tensor<f32>, %v380: tensor<f32>):
            %v381 = "stablehlo.add"(%v379, %v380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v381) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v383 = "stablehlo.reshape"(%v382) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v384 = "stablehlo.broadcast_in_dim"(%v383) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v385 = "stablehlo.divide"(%v377, %v384) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v386 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
        %v387 = "stablehlo.slice"(%v385) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
        %v388 = "stablehlo.concatenate"(%v386, %v387) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
        %v389 = "stablehlo.add"(%v385, %v388) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v390 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
        %v391 = "stablehlo.slice"(%v389) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
        %v392 = "stablehlo.concatenate"(%v390, %v391) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
        %v393 = "stablehlo.add"(%v389, %v392) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v394 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
        %v395 = "stablehlo.slice"(%v393) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
        %v396 = "stablehlo.concatenate"(%v394, %v395) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
        %v397 = "stablehlo.add"(%v393, %v396) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v398 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
        %v399 = "stablehlo.slice"(%v397) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
        %v400 = "stablehlo.concatenate"(%v398, %v399) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
        %v401 = "stablehlo.add"(%v397, %v400) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v402 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
        %v403 = "stablehlo.slice"(%v401) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
        %v404 = "stablehlo.concatenate"(%v402, %v403) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
        %v405 = "stablehlo.add"(%v401, %v404) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v406 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
        %v407 = "stablehlo.slice"(%v405) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
        %v408 = "stablehlo.concatenate"(%v406, %v407) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
        %v409 = "stablehlo.add"(%v405, %v408) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v410 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
        %v411 = "stablehlo.slice"(%v409) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
        %v412 = "stablehlo.concatenate"(%v410, %v411) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
        %v413 = "stablehlo.add"(%v409, %v412) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v414 = "stablehlo.subtract"(%v413, %v385) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v416 = "stablehlo.reshape"(%v415) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v417 = "stablehlo.broadcast_in_dim"(%v416) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v418 = "stablehlo.compare"(%v414, %v417) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v419 = "stablehlo.and"(%v368, %v418) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
        %v420 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v421 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v422 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
        %v423 = "stablehlo.broadcast_in_dim"(%v422) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v424 = "stablehlo.xor"(%v420, %v423) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v425 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v426 = "stablehlo.broadcast_in_dim"(%v425) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v427 = "stablehlo.shift_right_logical"(%v424, %v426) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v428 = "stablehlo.xor"(%v424, %v427) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v429 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v430 = "stablehlo.broadcast_in_dim"(%v429) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v431 = "stablehlo.multiply"(%v428, %v430) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v432 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v433 = "stablehlo.broadcast_in_dim"(%v432) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v434 = "stablehlo.shift_right_logical"(%v431, %v433) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v435 = "stablehlo.xor"(%v431, %v434) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v436 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v437 = "stablehlo.broadcast_in_dim"(%v436) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v438 = "stablehlo.multiply"(%v435, %v437) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v439 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v440 = "stablehlo.broadcast_in_dim"(%v439) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v441 = "stablehlo.shift_right_logical"(%v438, %v440) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v442 = "stablehlo.xor"(%v438, %v441) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v443 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v444 = "stablehlo.xor"(%v442, %v443) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v445 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v446 = "stablehlo.broadcast_in_dim"(%v445) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v447 = "stablehlo.shift_right_logical"(%v444, %v446) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v448 = "stablehlo.xor"(%v444, %v447) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v449 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v450 = "stablehlo.broadcast_in_dim"(%v449) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v451 = "stablehlo.multiply"(%v448, %v450) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v452 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v453 = "stablehlo.broadcast_in_dim"(%v452) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v454 = "stablehlo.shift_right_logical"(%v451, %v453) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v455 = "stablehlo.xor"(%v451, %v454) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v456 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v457 = "stablehlo.broadcast_in_dim"(%v456) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v458 = "stablehlo.multiply"(%v455, %v457) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v459 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v460 = "stablehlo.broadcast_in_dim"(%v459) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v461 = "stablehlo.shift_right_logical"(%v458, %v460) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v462 = "stablehlo.xor"(%v458, %v461) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v463 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v464 = "stablehlo.xor"(%v462, %v463) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v465 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v466 = "stablehlo.broadcast_in_dim"(%v465) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v467 = "stablehlo.shift_right_logical"(%v464, %v466) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v468 = "stablehlo.xor"(%v464, %v467) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v469 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v470 = "stablehlo.broadcast_in_dim"(%v469) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v471 = "stablehlo.multiply"(%v468, %v470) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v472 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v473 = "stablehlo.broadcast_in_dim"(%v472) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v474 = "stablehlo.shift_right_logical"(%v471, %v473) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v475 = "stablehlo.xor"(%v471, %v474) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v476 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v477 = "stablehlo.broadcast_in_dim"(%v476) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v478 = "stablehlo.multiply"(%v475, %v477) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v479 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v480 = "stablehlo.broadcast_in_dim"(%v479) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v481 = "stablehlo.shift_right_logical"(%v478, %v480) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v482 = "stablehlo.xor"(%v478, %v481) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v483 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
        %v484 = "stablehlo.broadcast_in_dim"(%v482) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v485 = "stablehlo.xor"(%v483, %v484) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v486 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v487 = "stablehlo.broadcast_in_dim"(%v486) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v488 = "stablehlo.shift_right_logical"(%v485, %v487) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v489 = "stablehlo.xor"(%v485, %v488) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v490 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v491 = "stablehlo.broadcast_in_dim"(%v490) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v492 = "stablehlo.multiply"(%v489, %v491) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v493 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v494 = "stablehlo.broadcast_in_dim"(%v493) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v495 = "stablehlo.shift_right_logical"(%v492, %v494) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v496 = "stablehlo.xor"(%v492, %v495) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v497 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v498 = "stablehlo.broadcast_in_dim"(%v497) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v499 = "stablehlo.multiply"(%v496, %v498) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v500 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v501 = "stablehlo.broadcast_in_dim"(%v500) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v502 = "stablehlo.shift_right_logical"(%v499, %v501) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v503 = "stablehlo.xor"(%v499, %v502) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v504 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
        %v505 = "stablehlo.broadcast_in_dim"(%v504) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v506 = "stablehlo.add"(%v503, %v505) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v507 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v508 = "stablehlo.broadcast_in_dim"(%v507) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v509 = "stablehlo.shift_right_logical"(%v506, %v508) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v510 = "stablehlo.xor"(%v506, %v509) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v511 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v512 = "stablehlo.broadcast_in_dim"(%v511) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v513 = "stablehlo.multiply"(%v510, %v512) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v514 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v515 = "stablehlo.broadcast_in_dim"(%v514) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v516 = "stablehlo.shift_right_logical"(%v513, %v515) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v517 = "stablehlo.xor"(%v513, %v516) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v518 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v519 = "stablehlo.broadcast_in_dim"(%v518) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v520 = "stablehlo.multiply"(%v517, %v519) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v521 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v522 = "stablehlo.broadcast_in_dim"(%v521) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v523 = "stablehlo.shift_right_logical"(%v520, %v522) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v524 = "stablehlo.xor"(%v520, %v523) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v525 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %v526 = "stablehlo.broadcast_in_dim"(%v525) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v527 = "stablehlo.shift_right_logical"(%v524, %v526) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v528 = "stablehlo.convert"(%v527) : (tensor<1x96xui32>) -> tensor<1x96xf32>
        %v529 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
        %v530 = "stablehlo.broadcast_in_dim"(%v529) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v531 = "stablehlo.add"(%v528, %v530) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v532 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
        %v533 = "stablehlo.broadcast_in_dim"(%v532) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v534 = "stablehlo.multiply"(%v531, %v533) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v535 = "stablehlo.log"(%v534) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v536 = "stablehlo.negate"(%v535) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v537 = "stablehlo.log"(%v536) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v538 = "stablehlo.negate"(%v537) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v539 = "stablehlo.add"(%v357, %v538) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v540 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v541 = "stablehlo.broadcast_in_dim"(%v540) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v542 = "stablehlo.select"(%v419, %v539, %v541) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v543 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v544 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v545 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v557, %v558 = "stablehlo.reduce"(%v542, %v543, %v544, %v545) ({
          ^bb0(%v546: tensor<f32>, %v547: tensor<i32>, %v548: tensor<f32>, %v549: tensor<i32>):
            %v550 = "stablehlo.compare"(%v548, %v546) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v551 = "stablehlo.compare"(%v548, %v546) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v552 = "stablehlo.compare"(%v549, %v547) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v553 = "stablehlo.and"(%v551, %v552) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v554 = "stablehlo.or"(%v550, %v553) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v555 = "stablehlo.select"(%v554, %v548, %v546) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v556 = "stablehlo.select"(%v554, %v549, %v547) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v555, %v556) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v559 = "stablehlo.reshape"(%v558) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v560 = "stablehlo.broadcast_in_dim"(%v559) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
        %v561 = "stablehlo.compare"(%v359, %v560) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
        %v562 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v563 = "stablehlo.broadcast_in_dim"(%v562) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v564 = "stablehlo.select"(%v561, %v358, %v563) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v565 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v569 = "stablehlo.reduce"(%v564, %v565) ({
          ^bb0(%v566: tensor<i32>, %v567: tensor<i32>):
            %v568 = "stablehlo.add"(%v566, %v567) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v568) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v570 = "stablehlo.reshape"(%v345) : (tensor<1x1xi1>) -> tensor<1xi1>
        %v571 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v572 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v573 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v585, %v586 = "stablehlo.reduce"(%v340, %v571, %v572, %v573) ({
          ^bb0(%v574: tensor<f32>, %v575: tensor<i32>, %v576: tensor<f32>, %v577: tensor<i32>):
            %v578 = "stablehlo.compare"(%v576, %v574) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v579 = "stablehlo.compare"(%v576, %v574) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v580 = "stablehlo.compare"(%v577, %v575) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v581 = "stablehlo.and"(%v579, %v580) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v582 = "stablehlo.or"(%v578, %v581) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v583 = "stablehlo.select"(%v582, %v576, %v574) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v584 = "stablehlo.select"(%v582, %v577, %v575) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v583, %v584) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v587 = "stablehlo.select"(%v570, %v586, %v569) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v588 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v589 = "stablehlo.compare"(%v54, %v588) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v590 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v591 = "stablehlo.broadcast_in_dim"(%v590) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v592 = "stablehlo.select"(%v589, %v587, %v591) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v593 = "stablehlo.reshape"(%v592) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v594 = "stablehlo.dynamic_update_slice"(%v55, %v593, %v61, %v51) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v595 = "stablehlo.reshape"(%v587) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v596 = "stablehlo.broadcast_in_dim"(%v595) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v598 = "stablehlo.compare"(%v596, %v597) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v599 = "stablehlo.convert"(%v598) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v600 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v604 = "stablehlo.reduce"(%v599, %v600) ({
          ^bb0(%v601: tensor<i32>, %v602: tensor<i32>):
            %v603 = "stablehlo.maximum"(%v601, %v602) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v603) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v605 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v606 = "stablehlo.compare"(%v604, %v605) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v607 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v608 = "stablehlo.broadcast_in_dim"(%v607) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v609 = "stablehlo.subtract"(%v54, %v608) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v610 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v611 = "stablehlo.maximum"(%v609, %v610) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v612 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v613 = "stablehlo.select"(%v606, %v612, %v611) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v614 = "stablehlo.reshape"(%v589) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v615 = "stablehlo.reshape"(%v587) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v616 = "stablehlo.select"(%v614, %v615, %v52) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v617 = "stablehlo.convert"(%v589) : (tensor<1xi1>) -> tensor<1xi32>
        %v618 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v619 = "stablehlo.add"(%v51, %v618) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v620 = "stablehlo.add"(%v53, %v617) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v621 = "stablehlo.convert"(%v617) : (tensor<1xi32>) -> tensor<1xui32>
        %v622 = "stablehlo.reshape"(%v621) : (tensor<1xui32>) -> tensor<1x1xui32>
        %v623 = "stablehlo.constant"() {value = dense<0> : tensor<1x2xui32>} : () -> tensor<1x2xui32>
        %v624 = "stablehlo.concatenate"(%v623, %v622) {dimension = 1 : i64} : (tensor<1x2xui32>, tensor<1x1xui32>) -> tensor<1x3xui32>
        %v625 = "stablehlo.add"(%v56, %v624) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
        "stablehlo.return"(%v619, %v616, %v620, %v613, %v594, %v625, %v153, %v267, %v155, %v269, %v86, %v104, %v108, %v145, %v166, %v186, %v190, %v199, %v219, %v223, %v280, %v300, %v304, %v313, %v333, %v337, %v341, %v360, %v415, %v597) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>)
    "func.return"(%v660, %v662, %v663, %v664, %v665) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
