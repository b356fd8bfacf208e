module @decode_k8_b1_s64_f32_sample attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v17: tensor<1xi32> {xlagen.name = "budget"},
      %v18: tensor<1x8xi32> {xlagen.name = "stop_ids"},
      %v19: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache.0"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "k_cache.1"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, xlagen.name = "v_cache.0"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"},
      %v23: tensor<1xf32> {xlagen.name = "temperature"},
      %v24: tensor<1xi32> {xlagen.name = "top_k"},
      %v25: tensor<1xf32> {xlagen.name = "top_p"},
      %v26: tensor<1x3xui32> {xlagen.name = "rng_key"}
  ) -> (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v27 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v28 = "stablehlo.constant"() {value = dense<-1> : tensor<1x8xi32>} : () -> tensor<1x8xi32>
    %v658, %v659, %v660, %v661, %v662, %v663, %v664, %v665, %v666, %v667, %v668, %v669, %v670, %v671, %v672, %v673, %v674, %v675, %v676, %v677, %v678, %v679, %v680, %v681, %v682, %v683, %v684, %v685, %v686 = "stablehlo.while"(%v27, %v15, %v16, %v17, %v28, %v26, %v19, %v20, %v21, %v22, %v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v23, %v24, %v25, %v18) ({
      ^bb0(%v29: tensor<i32>, %v30: tensor<1x1xi32>, %v31: tensor<1xi32>, %v32: tensor<1xi32>, %v33: tensor<1x8xi32>, %v34: tensor<1x3xui32>, %v35: tensor<2x64x16xf32>, %v36: tensor<2x64x16xf32>, %v37: tensor<2x64x16xf32>, %v38: tensor<2x64x16xf32>, %v639: tensor<96x64xf32>, %v640: tensor<64xf32>, %v641: tensor<128x64xf32>, %v642: tensor<64x64xf32>, %v643: tensor<64xf32>, %v644: tensor<320x64xf32>, %v645: tensor<64x160xf32>, %v646: tensor<64xf32>, %v647: tensor<128x64xf32>, %v648: tensor<64x64xf32>, %v649: tensor<64xf32>, %v650: tensor<320x64xf32>, %v651: tensor<64x160xf32>, %v652: tensor<64xf32>, %v653: tensor<96x64xf32>, %v654: tensor<1xf32>, %v655: tensor<1xi32>, %v656: tensor<1xf32>, %v657: tensor<1x8xi32>):
        %v39 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v43 = "stablehlo.reduce"(%v32, %v39) ({
          ^bb0(%v40: tensor<i32>, %v41: tensor<i32>):
            %v42 = "stablehlo.maximum"(%v40, %v41) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v42) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %v44 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v45 = "stablehlo.compare"(%v43, %v44) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v46 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v47 = "stablehlo.compare"(%v29, %v46) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v48 = "stablehlo.and"(%v47, %v45) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%v48) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v50: tensor<i32>, %v51: tensor<1x1xi32>, %v52: tensor<1xi32>, %v53: tensor<1xi32>, %v54: tensor<1x8xi32>, %v55: tensor<1x3xui32>, %v56: tensor<2x64x16xf32>, %v57: tensor<2x64x16xf32>, %v58: tensor<2x64x16xf32>, %v59: tensor<2x64x16xf32>, %v85: tensor<96x64xf32>, %v103: tensor<64xf32>, %v107: tensor<128x64xf32>, %v163: tensor<64x64xf32>, %v184: tensor<64xf32>, %v188: tensor<320x64xf32>, %v198: tensor<64x160xf32>, %v219: tensor<64xf32>, %v223: tensor<128x64xf32>, %v279: tensor<64x64xf32>, %v300: tensor<64xf32>, %v304: tensor<320x64xf32>, %v314: tensor<64x160xf32>, %v335: tensor<64xf32>, %v339: tensor<96x64xf32>, %v344: tensor<1xf32>, %v363: tensor<1xi32>, %v418: tensor<1xf32>, %v600: tensor<1x8xi32>):
        %v60 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v61 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
        %v62 = "stablehlo.reshape"(%v52) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v63 = "stablehlo.add"(%v61, %v62) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v64 = "stablehlo.convert"(%v63) : (tensor<1x1xi32>) -> tensor<1x1xf32>
        %v65 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
        %v66 = "stablehlo.reshape"(%v64) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v67 = "stablehlo.reshape"(%v65) : (tensor<8xf32>) -> tensor<1x1x8xf32>
        %v68 = "stablehlo.broadcast_in_dim"(%v66) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
        %v69 = "stablehlo.multiply"(%v68, %v67) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
        %v70 = "stablehlo.concatenate"(%v69, %v69) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
        %v71 = "stablehlo.cosine"(%v70) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v72 = "stablehlo.sine"(%v70) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v73 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
        %v74 = "stablehlo.reshape"(%v52) : (tensor<1xi32>) -> tensor<1x1x1xi32>
        %v75 = "stablehlo.broadcast_in_dim"(%v74) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
        %v76 = "stablehlo.add"(%v73, %v75) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v77 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
        %v78 = "stablehlo.compare"(%v77, %v76) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v79 = "stablehlo.subtract"(%v76, %v77) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v80 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v81 = "stablehlo.broadcast_in_dim"(%v80) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
        %v82 = "stablehlo.compare"(%v79, %v81) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v83 = "stablehlo.and"(%v78, %v82) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
        %v84 = "stablehlo.reshape"(%v83) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v86 = "stablehlo.gather"(%v85, %v51) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
        %v87 = "stablehlo.multiply"(%v86, %v86) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v88 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v92 = "stablehlo.reduce"(%v87, %v88) ({
          ^bb0(%v89: tensor<f32>, %v90: tensor<f32>):
            %v91 = "stablehlo.add"(%v89, %v90) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v91) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v93 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v94 = "stablehlo.broadcast_in_dim"(%v93) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v95 = "stablehlo.divide"(%v92, %v94) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v96 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v97 = "stablehlo.broadcast_in_dim"(%v96) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v98 = "stablehlo.add"(%v95, %v97) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v99 = "stablehlo.rsqrt"(%v98) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v100 = "stablehlo.reshape"(%v99) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v101 = "stablehlo.broadcast_in_dim"(%v100) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v102 = "stablehlo.multiply"(%v86, %v101) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v104 = "stablehlo.broadcast_in_dim"(%v103) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v105 = "stablehlo.multiply"(%v102, %v104) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v106 = "stablehlo.reshape"(%v105) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v108 = "stablehlo.dot_general"(%v107, %v106) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v109 = "stablehlo.transpose"(%v108) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v110 = "stablehlo.reshape"(%v109) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v111 = "stablehlo.slice"(%v110) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v112 = "stablehlo.reshape"(%v111) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v113 = "stablehlo.transpose"(%v112) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v114 = "stablehlo.slice"(%v113) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v115 = "stablehlo.slice"(%v113) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v116 = "stablehlo.negate"(%v115) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v117 = "stablehlo.concatenate"(%v116, %v114) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v118 = "stablehlo.reshape"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v119 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
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
        %v132 = "stablehlo.reshape"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v133 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
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
        %v145 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v146 = "stablehlo.slice"(%v52) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v147 = "stablehlo.reshape"(%v146) : (tensor<1xi32>) -> tensor<i32>
        %v148 = "stablehlo.slice"(%v143) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v149 = "stablehlo.dynamic_update_slice"(%v56, %v148, %v145, %v147, %v142) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v150 = "stablehlo.slice"(%v144) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v151 = "stablehlo.dynamic_update_slice"(%v58, %v150, %v145, %v147, %v142) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v152 = "stablehlo.reshape"(%v124) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v153 = "stablehlo.reshape"(%v152) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v154 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v155 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
        %v156 = "stablehlo.reshape"(%v153) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v157 = "stablehlo.custom_call"(%v156, %v149, %v151, %v52, %v155, %v154) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v158 = "stablehlo.reshape"(%v157) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v159 = "stablehlo.reshape"(%v158) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v160 = "stablehlo.transpose"(%v159) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v161 = "stablehlo.reshape"(%v160) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v162 = "stablehlo.reshape"(%v161) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v164 = "stablehlo.dot_general"(%v163, %v162) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v165 = "stablehlo.transpose"(%v164) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v166 = "stablehlo.reshape"(%v165) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v167 = "stablehlo.add"(%v86, %v166) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v168 = "stablehlo.multiply"(%v167, %v167) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v169 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v173 = "stablehlo.reduce"(%v168, %v169) ({
          ^bb0(%v170: tensor<f32>, %v171: tensor<f32>):
            %v172 = "stablehlo.add"(%v170, %v171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v172) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v174 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v175 = "stablehlo.broadcast_in_dim"(%v174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v176 = "stablehlo.divide"(%v173, %v175) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v177 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v178 = "stablehlo.broadcast_in_dim"(%v177) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v179 = "stablehlo.add"(%v176, %v178) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v180 = "stablehlo.rsqrt"(%v179) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v181 = "stablehlo.reshape"(%v180) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v182 = "stablehlo.broadcast_in_dim"(%v181) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v183 = "stablehlo.multiply"(%v167, %v182) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v185 = "stablehlo.broadcast_in_dim"(%v184) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v186 = "stablehlo.multiply"(%v183, %v185) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v187 = "stablehlo.reshape"(%v186) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v189 = "stablehlo.dot_general"(%v188, %v187) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v190 = "stablehlo.transpose"(%v189) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v191 = "stablehlo.reshape"(%v190) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v192 = "stablehlo.slice"(%v191) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v193 = "stablehlo.slice"(%v191) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v194 = "stablehlo.logistic"(%v192) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v195 = "stablehlo.multiply"(%v192, %v194) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v196 = "stablehlo.multiply"(%v195, %v193) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v197 = "stablehlo.reshape"(%v196) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v199 = "stablehlo.dot_general"(%v198, %v197) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v200 = "stablehlo.transpose"(%v199) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v201 = "stablehlo.reshape"(%v200) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v202 = "stablehlo.add"(%v167, %v201) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
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
        %v224 = "stablehlo.dot_general"(%v223, %v222) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v225 = "stablehlo.transpose"(%v224) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v226 = "stablehlo.reshape"(%v225) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v227 = "stablehlo.slice"(%v226) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v228 = "stablehlo.reshape"(%v227) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v229 = "stablehlo.transpose"(%v228) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v230 = "stablehlo.slice"(%v229) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v231 = "stablehlo.slice"(%v229) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v232 = "stablehlo.negate"(%v231) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v233 = "stablehlo.concatenate"(%v232, %v230) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v234 = "stablehlo.reshape"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v235 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v236 = "stablehlo.broadcast_in_dim"(%v234) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v237 = "stablehlo.multiply"(%v229, %v236) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v238 = "stablehlo.broadcast_in_dim"(%v235) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v239 = "stablehlo.multiply"(%v233, %v238) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v240 = "stablehlo.add"(%v237, %v239) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v241 = "stablehlo.slice"(%v226) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v242 = "stablehlo.reshape"(%v241) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v243 = "stablehlo.transpose"(%v242) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v244 = "stablehlo.slice"(%v243) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v245 = "stablehlo.slice"(%v243) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v246 = "stablehlo.negate"(%v245) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v247 = "stablehlo.concatenate"(%v246, %v244) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v248 = "stablehlo.reshape"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v249 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v250 = "stablehlo.broadcast_in_dim"(%v248) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v251 = "stablehlo.multiply"(%v243, %v250) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v252 = "stablehlo.broadcast_in_dim"(%v249) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v253 = "stablehlo.multiply"(%v247, %v252) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v254 = "stablehlo.add"(%v251, %v253) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v255 = "stablehlo.slice"(%v226) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v256 = "stablehlo.reshape"(%v255) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v257 = "stablehlo.transpose"(%v256) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v258 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v259 = "stablehlo.reshape"(%v254) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v260 = "stablehlo.reshape"(%v257) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v261 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v262 = "stablehlo.slice"(%v52) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v263 = "stablehlo.reshape"(%v262) : (tensor<1xi32>) -> tensor<i32>
        %v264 = "stablehlo.slice"(%v259) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v265 = "stablehlo.dynamic_update_slice"(%v57, %v264, %v261, %v263, %v258) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v266 = "stablehlo.slice"(%v260) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v267 = "stablehlo.dynamic_update_slice"(%v59, %v266, %v261, %v263, %v258) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v268 = "stablehlo.reshape"(%v240) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v269 = "stablehlo.reshape"(%v268) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v270 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v271 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
        %v272 = "stablehlo.reshape"(%v269) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v273 = "stablehlo.custom_call"(%v272, %v265, %v267, %v52, %v271, %v270) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v274 = "stablehlo.reshape"(%v273) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v275 = "stablehlo.reshape"(%v274) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v276 = "stablehlo.transpose"(%v275) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v277 = "stablehlo.reshape"(%v276) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v278 = "stablehlo.reshape"(%v277) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v280 = "stablehlo.dot_general"(%v279, %v278) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v281 = "stablehlo.transpose"(%v280) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
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
        %v305 = "stablehlo.dot_general"(%v304, %v303) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v306 = "stablehlo.transpose"(%v305) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v307 = "stablehlo.reshape"(%v306) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v308 = "stablehlo.slice"(%v307) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v309 = "stablehlo.slice"(%v307) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v310 = "stablehlo.logistic"(%v308) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v311 = "stablehlo.multiply"(%v308, %v310) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v312 = "stablehlo.multiply"(%v311, %v309) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v313 = "stablehlo.reshape"(%v312) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v315 = "stablehlo.dot_general"(%v314, %v313) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v316 = "stablehlo.transpose"(%v315) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v317 = "stablehlo.reshape"(%v316) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v318 = "stablehlo.add"(%v283, %v317) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v319 = "stablehlo.multiply"(%v318, %v318) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v320 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v324 = "stablehlo.reduce"(%v319, %v320) ({
          ^bb0(%v321: tensor<f32>, %v322: tensor<f32>):
            %v323 = "stablehlo.add"(%v321, %v322) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v323) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v325 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v326 = "stablehlo.broadcast_in_dim"(%v325) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v327 = "stablehlo.divide"(%v324, %v326) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v328 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v329 = "stablehlo.broadcast_in_dim"(%v328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v330 = "stablehlo.add"(%v327, %v329) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v331 = "stablehlo.rsqrt"(%v330) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v332 = "stablehlo.reshape"(%v331) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v333 = "stablehlo.broadcast_in_dim"(%v332) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v334 = "stablehlo.multiply"(%v318, %v333) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v336 = "stablehlo.broadcast_in_dim"(%v335) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v337 = "stablehlo.multiply"(%v334, %v336) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v338 = "stablehlo.reshape"(%v337) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v340 = "stablehlo.dot_general"(%v339, %v338) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
        %v341 = "stablehlo.transpose"(%v340) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
        %v342 = "stablehlo.reshape"(%v341) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v343 = "stablehlo.reshape"(%v342) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v345 = "stablehlo.reshape"(%v344) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v346 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v347 = "stablehlo.broadcast_in_dim"(%v346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v348 = "stablehlo.compare"(%v345, %v347) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v349 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v350 = "stablehlo.broadcast_in_dim"(%v349) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v351 = "stablehlo.select"(%v348, %v350, %v345) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v352 = "stablehlo.broadcast_in_dim"(%v351) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v353 = "stablehlo.divide"(%v343, %v352) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v354 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v360, %v361 = "stablehlo.sort"(%v353, %v354) ({
          ^bb0(%v355: tensor<f32>, %v356: tensor<f32>, %v357: tensor<i32>, %v358: tensor<i32>):
            %v359 = "stablehlo.compare"(%v355, %v356) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            "stablehlo.return"(%v359) : (tensor<i1>) -> ()
        }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
        %v362 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v364 = "stablehlo.reshape"(%v363) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v365 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v366 = "stablehlo.broadcast_in_dim"(%v365) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
        %v367 = "stablehlo.compare"(%v364, %v366) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v368 = "stablehlo.broadcast_in_dim"(%v364) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
        %v369 = "stablehlo.compare"(%v362, %v368) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
        %v370 = "stablehlo.broadcast_in_dim"(%v367) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x96xi1>
        %v371 = "stablehlo.or"(%v369, %v370) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
        %v372 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v376 = "stablehlo.reduce"(%v360, %v372) ({
          ^bb0(%v373: tensor<f32>, %v374: tensor<f32>):
            %v375 = "stablehlo.maximum"(%v373, %v374) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v375) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v377 = "stablehlo.reshape"(%v376) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v378 = "stablehlo.broadcast_in_dim"(%v377) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v379 = "stablehlo.subtract"(%v360, %v378) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v380 = "stablehlo.exponential"(%v379) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v381 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v385 = "stablehlo.reduce"(%v380, %v381) ({
          ^bb0(%v382: tensor<f32>, %v383: tensor<f32>):
            %v384 = "stablehlo.add"(%v382, %v383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v384) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v386 = "stablehlo.reshape"(%v385) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v387 = "stablehlo.broadcast_in_dim"(%v386) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v388 = "stablehlo.divide"(%v380, %v387) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v389 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
        %v390 = "stablehlo.slice"(%v388) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
        %v391 = "stablehlo.concatenate"(%v389, %v390) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
        %v392 = "stablehlo.add"(%v388, %v391) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v393 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
        %v394 = "stablehlo.slice"(%v392) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
        %v395 = "stablehlo.concatenate"(%v393, %v394) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
        %v396 = "stablehlo.add"(%v392, %v395) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v397 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
        %v398 = "stablehlo.slice"(%v396) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
        %v399 = "stablehlo.concatenate"(%v397, %v398) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
        %v400 = "stablehlo.add"(%v396, %v399) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v401 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
        %v402 = "stablehlo.slice"(%v400) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
        %v403 = "stablehlo.concatenate"(%v401, %v402) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
        %v404 = "stablehlo.add"(%v400, %v403) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v405 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
        %v406 = "stablehlo.slice"(%v404) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
        %v407 = "stablehlo.concatenate"(%v405, %v406) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
        %v408 = "stablehlo.add"(%v404, %v407) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v409 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
        %v410 = "stablehlo.slice"(%v408) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
        %v411 = "stablehlo.concatenate"(%v409, %v410) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
        %v412 = "stablehlo.add"(%v408, %v411) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v413 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
        %v414 = "stablehlo.slice"(%v412) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
        %v415 = "stablehlo.concatenate"(%v413, %v414) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
        %v416 = "stablehlo.add"(%v412, %v415) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v417 = "stablehlo.subtract"(%v416, %v388) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v419 = "stablehlo.reshape"(%v418) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v420 = "stablehlo.broadcast_in_dim"(%v419) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v421 = "stablehlo.compare"(%v417, %v420) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v422 = "stablehlo.and"(%v371, %v421) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
        %v423 = "stablehlo.slice"(%v55) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v424 = "stablehlo.slice"(%v55) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v425 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
        %v426 = "stablehlo.broadcast_in_dim"(%v425) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v427 = "stablehlo.xor"(%v423, %v426) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v428 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v429 = "stablehlo.broadcast_in_dim"(%v428) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v430 = "stablehlo.shift_right_logical"(%v427, %v429) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v431 = "stablehlo.xor"(%v427, %v430) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v432 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v433 = "stablehlo.broadcast_in_dim"(%v432) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v434 = "stablehlo.multiply"(%v431, %v433) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v435 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v436 = "stablehlo.broadcast_in_dim"(%v435) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v437 = "stablehlo.shift_right_logical"(%v434, %v436) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v438 = "stablehlo.xor"(%v434, %v437) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v439 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v440 = "stablehlo.broadcast_in_dim"(%v439) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v441 = "stablehlo.multiply"(%v438, %v440) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v442 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v443 = "stablehlo.broadcast_in_dim"(%v442) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v444 = "stablehlo.shift_right_logical"(%v441, %v443) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v445 = "stablehlo.xor"(%v441, %v444) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v446 = "stablehlo.slice"(%v55) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v447 = "stablehlo.xor"(%v445, %v446) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v448 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v449 = "stablehlo.broadcast_in_dim"(%v448) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v450 = "stablehlo.shift_right_logical"(%v447, %v449) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v451 = "stablehlo.xor"(%v447, %v450) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v452 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v453 = "stablehlo.broadcast_in_dim"(%v452) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v454 = "stablehlo.multiply"(%v451, %v453) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v455 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v456 = "stablehlo.broadcast_in_dim"(%v455) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v457 = "stablehlo.shift_right_logical"(%v454, %v456) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v458 = "stablehlo.xor"(%v454, %v457) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v459 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v460 = "stablehlo.broadcast_in_dim"(%v459) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v461 = "stablehlo.multiply"(%v458, %v460) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v462 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v463 = "stablehlo.broadcast_in_dim"(%v462) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v464 = "stablehlo.shift_right_logical"(%v461, %v463) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v465 = "stablehlo.xor"(%v461, %v464) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v466 = "stablehlo.slice"(%v55) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v467 = "stablehlo.xor"(%v465, %v466) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
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
        %v486 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
        %v487 = "stablehlo.broadcast_in_dim"(%v485) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v488 = "stablehlo.xor"(%v486, %v487) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v489 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v490 = "stablehlo.broadcast_in_dim"(%v489) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v491 = "stablehlo.shift_right_logical"(%v488, %v490) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v492 = "stablehlo.xor"(%v488, %v491) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v493 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v494 = "stablehlo.broadcast_in_dim"(%v493) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v495 = "stablehlo.multiply"(%v492, %v494) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v496 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v497 = "stablehlo.broadcast_in_dim"(%v496) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v498 = "stablehlo.shift_right_logical"(%v495, %v497) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v499 = "stablehlo.xor"(%v495, %v498) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v500 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v501 = "stablehlo.broadcast_in_dim"(%v500) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v502 = "stablehlo.multiply"(%v499, %v501) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v503 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v504 = "stablehlo.broadcast_in_dim"(%v503) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v505 = "stablehlo.shift_right_logical"(%v502, %v504) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v506 = "stablehlo.xor"(%v502, %v505) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v507 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
        %v508 = "stablehlo.broadcast_in_dim"(%v507) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v509 = "stablehlo.add"(%v506, %v508) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v510 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v511 = "stablehlo.broadcast_in_dim"(%v510) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v512 = "stablehlo.shift_right_logical"(%v509, %v511) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v513 = "stablehlo.xor"(%v509, %v512) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v514 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v515 = "stablehlo.broadcast_in_dim"(%v514) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v516 = "stablehlo.multiply"(%v513, %v515) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v517 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v518 = "stablehlo.broadcast_in_dim"(%v517) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v519 = "stablehlo.shift_right_logical"(%v516, %v518) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v520 = "stablehlo.xor"(%v516, %v519) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v521 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v522 = "stablehlo.broadcast_in_dim"(%v521) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v523 = "stablehlo.multiply"(%v520, %v522) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v524 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v525 = "stablehlo.broadcast_in_dim"(%v524) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v526 = "stablehlo.shift_right_logical"(%v523, %v525) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v527 = "stablehlo.xor"(%v523, %v526) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v528 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %v529 = "stablehlo.broadcast_in_dim"(%v528) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v530 = "stablehlo.shift_right_logical"(%v527, %v529) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v531 = "stablehlo.convert"(%v530) : (tensor<1x96xui32>) -> tensor<1x96xf32>
        %v532 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
        %v533 = "stablehlo.broadcast_in_dim"(%v532) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v534 = "stablehlo.add"(%v531, %v533) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v535 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
        %v536 = "stablehlo.broadcast_in_dim"(%v535) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v537 = "stablehlo.multiply"(%v534, %v536) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v538 = "stablehlo.log"(%v537) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v539 = "stablehlo.negate"(%v538) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v540 = "stablehlo.log"(%v539) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v541 = "stablehlo.negate"(%v540) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v542 = "stablehlo.add"(%v360, %v541) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v543 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v544 = "stablehlo.broadcast_in_dim"(%v543) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v545 = "stablehlo.select"(%v422, %v542, %v544) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v546 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v547 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v548 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v560, %v561 = "stablehlo.reduce"(%v545, %v546, %v547, %v548) ({
          ^bb0(%v549: tensor<f32>, %v550: tensor<i32>, %v551: tensor<f32>, %v552: tensor<i32>):
            %v553 = "stablehlo.compare"(%v551, %v549) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v554 = "stablehlo.compare"(%v551, %v549) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v555 = "stablehlo.compare"(%v552, %v550) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v556 = "stablehlo.and"(%v554, %v555) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v557 = "stablehlo.or"(%v553, %v556) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v558 = "stablehlo.select"(%v557, %v551, %v549) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v559 = "stablehlo.select"(%v557, %v552, %v550) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v558, %v559) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v562 = "stablehlo.reshape"(%v561) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v563 = "stablehlo.broadcast_in_dim"(%v562) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
        %v564 = "stablehlo.compare"(%v362, %v563) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
        %v565 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v566 = "stablehlo.broadcast_in_dim"(%v565) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v567 = "stablehlo.select"(%v564, %v361, %v566) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v568 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v572 = "stablehlo.reduce"(%v567, %v568) ({
          ^bb0(%v569: tensor<i32>, %v570: tensor<i32>):
            %v571 = "stablehlo.add"(%v569, %v570) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v571) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v573 = "stablehlo.reshape"(%v348) : (tensor<1x1xi1>) -> tensor<1xi1>
        %v574 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v575 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v576 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v588, %v589 = "stablehlo.reduce"(%v343, %v574, %v575, %v576) ({
          ^bb0(%v577: tensor<f32>, %v578: tensor<i32>, %v579: tensor<f32>, %v580: tensor<i32>):
            %v581 = "stablehlo.compare"(%v579, %v577) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v582 = "stablehlo.compare"(%v579, %v577) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v583 = "stablehlo.compare"(%v580, %v578) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v584 = "stablehlo.and"(%v582, %v583) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v585 = "stablehlo.or"(%v581, %v584) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v586 = "stablehlo.select"(%v585, %v579, %v577) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v587 = "stablehlo.select"(%v585, %v580, %v578) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v586, %v587) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v590 = "stablehlo.select"(%v573, %v589, %v572) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v591 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v592 = "stablehlo.compare"(%v53, %v591) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v593 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v594 = "stablehlo.broadcast_in_dim"(%v593) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v595 = "stablehlo.select"(%v592, %v590, %v594) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v596 = "stablehlo.reshape"(%v595) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v597 = "stablehlo.dynamic_update_slice"(%v54, %v596, %v60, %v50) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v598 = "stablehlo.reshape"(%v590) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v599 = "stablehlo.broadcast_in_dim"(%v598) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v601 = "stablehlo.compare"(%v599, %v600) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v602 = "stablehlo.convert"(%v601) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v603 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v607 = "stablehlo.reduce"(%v602, %v603) ({
          ^bb0(%v604: tensor<i32>, %v605: tensor<i32>):
            %v606 = "stablehlo.maximum"(%v604, %v605) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v606) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v608 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v609 = "stablehlo.compare"(%v607, %v608) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v610 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v611 = "stablehlo.broadcast_in_dim"(%v610) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v612 = "stablehlo.subtract"(%v53, %v611) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v613 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v614 = "stablehlo.maximum"(%v612, %v613) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v615 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v616 = "stablehlo.select"(%v609, %v615, %v614) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v617 = "stablehlo.reshape"(%v592) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v618 = "stablehlo.reshape"(%v590) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v619 = "stablehlo.select"(%v617, %v618, %v51) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v620 = "stablehlo.convert"(%v592) : (tensor<1xi1>) -> tensor<1xi32>
        %v621 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v622 = "stablehlo.add"(%v50, %v621) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v623 = "stablehlo.add"(%v52, %v620) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v624 = "stablehlo.convert"(%v620) : (tensor<1xi32>) -> tensor<1xui32>
        %v625 = "stablehlo.reshape"(%v624) : (tensor<1xui32>) -> tensor<1x1xui32>
        %v626 = "stablehlo.constant"() {value = dense<0> : tensor<1x2xui32>} : () -> tensor<1x2xui32>
        %v627 = "stablehlo.concatenate"(%v626, %v625) {dimension = 1 : i64} : (tensor<1x2xui32>, tensor<1x1xui32>) -> tensor<1x3xui32>
        %v628 = "stablehlo.add"(%v55, %v627) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
        "stablehlo.return"(%v622, %v619, %v623, %v616, %v597, %v628, %v149, %v265, %v151, %v267, %v85, %v103, %v107, %v163, %v184, %v188, %v198, %v219, %v223, %v279, %v300, %v304, %v314, %v335, %v339, %v344, %v363, %v418, %v600) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>)
    "func.return"(%v662, %v664, %v665, %v666, %v667) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
