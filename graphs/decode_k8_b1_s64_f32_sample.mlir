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
    %v649, %v650, %v651, %v652, %v653, %v654, %v655, %v656, %v657, %v658, %v659, %v660, %v661, %v662, %v663, %v664, %v665, %v666, %v667, %v668, %v669, %v670, %v671, %v672, %v673, %v674, %v675, %v676, %v677 = "stablehlo.while"(%v27, %v15, %v16, %v17, %v28, %v26, %v19, %v20, %v21, %v22, %v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v23, %v24, %v25, %v18) ({
      ^bb0(%v29: tensor<i32>, %v30: tensor<1x1xi32>, %v31: tensor<1xi32>, %v32: tensor<1xi32>, %v33: tensor<1x8xi32>, %v34: tensor<1x3xui32>, %v35: tensor<2x64x16xf32>, %v36: tensor<2x64x16xf32>, %v37: tensor<2x64x16xf32>, %v38: tensor<2x64x16xf32>, %v630: tensor<96x64xf32>, %v631: tensor<64xf32>, %v632: tensor<128x64xf32>, %v633: tensor<64x64xf32>, %v634: tensor<64xf32>, %v635: tensor<320x64xf32>, %v636: tensor<64x160xf32>, %v637: tensor<64xf32>, %v638: tensor<128x64xf32>, %v639: tensor<64x64xf32>, %v640: tensor<64xf32>, %v641: tensor<320x64xf32>, %v642: tensor<64x160xf32>, %v643: tensor<64xf32>, %v644: tensor<96x64xf32>, %v645: tensor<1xf32>, %v646: tensor<1xi32>, %v647: tensor<1xf32>, %v648: tensor<1x8xi32>):
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
      ^bb0(%v50: tensor<i32>, %v51: tensor<1x1xi32>, %v52: tensor<1xi32>, %v53: tensor<1xi32>, %v54: tensor<1x8xi32>, %v55: tensor<1x3xui32>, %v56: tensor<2x64x16xf32>, %v57: tensor<2x64x16xf32>, %v58: tensor<2x64x16xf32>, %v59: tensor<2x64x16xf32>, %v85: tensor<96x64xf32>, %v103: tensor<64xf32>, %v107: tensor<128x64xf32>, %v162: tensor<64x64xf32>, %v182: tensor<64xf32>, %v186: tensor<320x64xf32>, %v195: tensor<64x160xf32>, %v215: tensor<64xf32>, %v219: tensor<128x64xf32>, %v274: tensor<64x64xf32>, %v294: tensor<64xf32>, %v298: tensor<320x64xf32>, %v307: tensor<64x160xf32>, %v327: tensor<64xf32>, %v331: tensor<96x64xf32>, %v335: tensor<1xf32>, %v354: tensor<1xi32>, %v409: tensor<1xf32>, %v591: tensor<1x8xi32>):
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
        %v108 = "stablehlo.custom_call"(%v106, %v107) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v109 = "stablehlo.reshape"(%v108) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v110 = "stablehlo.slice"(%v109) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v111 = "stablehlo.reshape"(%v110) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v112 = "stablehlo.transpose"(%v111) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v113 = "stablehlo.slice"(%v112) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v114 = "stablehlo.slice"(%v112) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v115 = "stablehlo.negate"(%v114) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v116 = "stablehlo.concatenate"(%v115, %v113) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v117 = "stablehlo.reshape"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v118 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v119 = "stablehlo.broadcast_in_dim"(%v117) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v120 = "stablehlo.multiply"(%v112, %v119) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v121 = "stablehlo.broadcast_in_dim"(%v118) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v122 = "stablehlo.multiply"(%v116, %v121) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v123 = "stablehlo.add"(%v120, %v122) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v124 = "stablehlo.slice"(%v109) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v125 = "stablehlo.reshape"(%v124) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v126 = "stablehlo.transpose"(%v125) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v127 = "stablehlo.slice"(%v126) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v128 = "stablehlo.slice"(%v126) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v129 = "stablehlo.negate"(%v128) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v130 = "stablehlo.concatenate"(%v129, %v127) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v131 = "stablehlo.reshape"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v132 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v133 = "stablehlo.broadcast_in_dim"(%v131) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v134 = "stablehlo.multiply"(%v126, %v133) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v135 = "stablehlo.broadcast_in_dim"(%v132) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v136 = "stablehlo.multiply"(%v130, %v135) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v137 = "stablehlo.add"(%v134, %v136) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v138 = "stablehlo.slice"(%v109) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v139 = "stablehlo.reshape"(%v138) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v140 = "stablehlo.transpose"(%v139) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v141 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v142 = "stablehlo.reshape"(%v137) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v143 = "stablehlo.reshape"(%v140) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v144 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v145 = "stablehlo.slice"(%v52) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v146 = "stablehlo.reshape"(%v145) : (tensor<1xi32>) -> tensor<i32>
        %v147 = "stablehlo.slice"(%v142) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v148 = "stablehlo.dynamic_update_slice"(%v56, %v147, %v144, %v146, %v141) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v149 = "stablehlo.slice"(%v143) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v150 = "stablehlo.dynamic_update_slice"(%v58, %v149, %v144, %v146, %v141) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v151 = "stablehlo.reshape"(%v123) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v152 = "stablehlo.reshape"(%v151) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v153 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v154 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
        %v155 = "stablehlo.reshape"(%v152) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v156 = "stablehlo.custom_call"(%v155, %v148, %v150, %v52, %v154, %v153) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v157 = "stablehlo.reshape"(%v156) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v158 = "stablehlo.reshape"(%v157) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v159 = "stablehlo.transpose"(%v158) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v160 = "stablehlo.reshape"(%v159) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v161 = "stablehlo.reshape"(%v160) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v163 = "stablehlo.custom_call"(%v161, %v162) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v164 = "stablehlo.reshape"(%v163) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v165 = "stablehlo.add"(%v86, %v164) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v166 = "stablehlo.multiply"(%v165, %v165) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v167 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v171 = "stablehlo.reduce"(%v166, %v167) ({
          ^bb0(%v168: tensor<f32>, %v169: tensor<f32>):
            %v170 = "stablehlo.add"(%v168, %v169) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v170) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v172 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v173 = "stablehlo.broadcast_in_dim"(%v172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v174 = "stablehlo.divide"(%v171, %v173) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v175 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v176 = "stablehlo.broadcast_in_dim"(%v175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v177 = "stablehlo.add"(%v174, %v176) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v178 = "stablehlo.rsqrt"(%v177) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v179 = "stablehlo.reshape"(%v178) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v180 = "stablehlo.broadcast_in_dim"(%v179) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v181 = "stablehlo.multiply"(%v165, %v180) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v183 = "stablehlo.broadcast_in_dim"(%v182) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v184 = "stablehlo.multiply"(%v181, %v183) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v185 = "stablehlo.reshape"(%v184) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v187 = "stablehlo.custom_call"(%v185, %v186) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v188 = "stablehlo.reshape"(%v187) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v189 = "stablehlo.slice"(%v188) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v190 = "stablehlo.slice"(%v188) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v191 = "stablehlo.logistic"(%v189) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v192 = "stablehlo.multiply"(%v189, %v191) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v193 = "stablehlo.multiply"(%v192, %v190) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v194 = "stablehlo.reshape"(%v193) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v196 = "stablehlo.custom_call"(%v194, %v195) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v197 = "stablehlo.reshape"(%v196) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v198 = "stablehlo.add"(%v165, %v197) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v199 = "stablehlo.multiply"(%v198, %v198) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v200 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v204 = "stablehlo.reduce"(%v199, %v200) ({
          ^bb0(%v201: tensor<f32>, %v202: tensor<f32>):
            %v203 = "stablehlo.add"(%v201, %v202) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v203) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v205 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v206 = "stablehlo.broadcast_in_dim"(%v205) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v207 = "stablehlo.divide"(%v204, %v206) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v208 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v209 = "stablehlo.broadcast_in_dim"(%v208) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v210 = "stablehlo.add"(%v207, %v209) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v211 = "stablehlo.rsqrt"(%v210) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v212 = "stablehlo.reshape"(%v211) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v213 = "stablehlo.broadcast_in_dim"(%v212) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v214 = "stablehlo.multiply"(%v198, %v213) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v216 = "stablehlo.broadcast_in_dim"(%v215) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v217 = "stablehlo.multiply"(%v214, %v216) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v218 = "stablehlo.reshape"(%v217) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v220 = "stablehlo.custom_call"(%v218, %v219) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v221 = "stablehlo.reshape"(%v220) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v222 = "stablehlo.slice"(%v221) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v223 = "stablehlo.reshape"(%v222) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v224 = "stablehlo.transpose"(%v223) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v225 = "stablehlo.slice"(%v224) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v226 = "stablehlo.slice"(%v224) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v227 = "stablehlo.negate"(%v226) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v228 = "stablehlo.concatenate"(%v227, %v225) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v229 = "stablehlo.reshape"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v230 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v231 = "stablehlo.broadcast_in_dim"(%v229) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v232 = "stablehlo.multiply"(%v224, %v231) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v233 = "stablehlo.broadcast_in_dim"(%v230) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v234 = "stablehlo.multiply"(%v228, %v233) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v235 = "stablehlo.add"(%v232, %v234) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v236 = "stablehlo.slice"(%v221) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v237 = "stablehlo.reshape"(%v236) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v238 = "stablehlo.transpose"(%v237) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v239 = "stablehlo.slice"(%v238) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v240 = "stablehlo.slice"(%v238) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v241 = "stablehlo.negate"(%v240) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v242 = "stablehlo.concatenate"(%v241, %v239) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v243 = "stablehlo.reshape"(%v71) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v244 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v245 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v246 = "stablehlo.multiply"(%v238, %v245) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v247 = "stablehlo.broadcast_in_dim"(%v244) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v248 = "stablehlo.multiply"(%v242, %v247) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v249 = "stablehlo.add"(%v246, %v248) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v250 = "stablehlo.slice"(%v221) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v251 = "stablehlo.reshape"(%v250) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v252 = "stablehlo.transpose"(%v251) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v253 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v254 = "stablehlo.reshape"(%v249) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v255 = "stablehlo.reshape"(%v252) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v256 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v257 = "stablehlo.slice"(%v52) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v258 = "stablehlo.reshape"(%v257) : (tensor<1xi32>) -> tensor<i32>
        %v259 = "stablehlo.slice"(%v254) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v260 = "stablehlo.dynamic_update_slice"(%v57, %v259, %v256, %v258, %v253) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v261 = "stablehlo.slice"(%v255) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v262 = "stablehlo.dynamic_update_slice"(%v59, %v261, %v256, %v258, %v253) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v263 = "stablehlo.reshape"(%v235) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v264 = "stablehlo.reshape"(%v263) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v265 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v266 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
        %v267 = "stablehlo.reshape"(%v264) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v268 = "stablehlo.custom_call"(%v267, %v260, %v262, %v52, %v266, %v265) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v269 = "stablehlo.reshape"(%v268) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v270 = "stablehlo.reshape"(%v269) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v271 = "stablehlo.transpose"(%v270) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v272 = "stablehlo.reshape"(%v271) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v273 = "stablehlo.reshape"(%v272) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v275 = "stablehlo.custom_call"(%v273, %v274) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v276 = "stablehlo.reshape"(%v275) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v277 = "stablehlo.add"(%v198, %v276) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v278 = "stablehlo.multiply"(%v277, %v277) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v279 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v283 = "stablehlo.reduce"(%v278, %v279) ({
          ^bb0(%v280: tensor<f32>, %v281: tensor<f32>):
            %v282 = "stablehlo.add"(%v280, %v281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v282) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v284 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v285 = "stablehlo.broadcast_in_dim"(%v284) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v286 = "stablehlo.divide"(%v283, %v285) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v287 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v288 = "stablehlo.broadcast_in_dim"(%v287) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v289 = "stablehlo.add"(%v286, %v288) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v290 = "stablehlo.rsqrt"(%v289) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v291 = "stablehlo.reshape"(%v290) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v292 = "stablehlo.broadcast_in_dim"(%v291) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v293 = "stablehlo.multiply"(%v277, %v292) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v295 = "stablehlo.broadcast_in_dim"(%v294) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v296 = "stablehlo.multiply"(%v293, %v295) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v297 = "stablehlo.reshape"(%v296) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v299 = "stablehlo.custom_call"(%v297, %v298) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v300 = "stablehlo.reshape"(%v299) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v301 = "stablehlo.slice"(%v300) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v302 = "stablehlo.slice"(%v300) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v303 = "stablehlo.logistic"(%v301) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v304 = "stablehlo.multiply"(%v301, %v303) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v305 = "stablehlo.multiply"(%v304, %v302) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v306 = "stablehlo.reshape"(%v305) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v308 = "stablehlo.custom_call"(%v306, %v307) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v309 = "stablehlo.reshape"(%v308) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v310 = "stablehlo.add"(%v277, %v309) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v311 = "stablehlo.multiply"(%v310, %v310) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v312 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v316 = "stablehlo.reduce"(%v311, %v312) ({
          ^bb0(%v313: tensor<f32>, %v314: tensor<f32>):
            %v315 = "stablehlo.add"(%v313, %v314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v315) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v317 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v318 = "stablehlo.broadcast_in_dim"(%v317) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v319 = "stablehlo.divide"(%v316, %v318) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v320 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v321 = "stablehlo.broadcast_in_dim"(%v320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v322 = "stablehlo.add"(%v319, %v321) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v323 = "stablehlo.rsqrt"(%v322) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v324 = "stablehlo.reshape"(%v323) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v325 = "stablehlo.broadcast_in_dim"(%v324) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v326 = "stablehlo.multiply"(%v310, %v325) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v328 = "stablehlo.broadcast_in_dim"(%v327) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v329 = "stablehlo.multiply"(%v326, %v328) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v330 = "stablehlo.reshape"(%v329) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v332 = "stablehlo.custom_call"(%v330, %v331) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
        %v333 = "stablehlo.reshape"(%v332) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v334 = "stablehlo.reshape"(%v333) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v336 = "stablehlo.reshape"(%v335) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v337 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v338 = "stablehlo.broadcast_in_dim"(%v337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v339 = "stablehlo.compare"(%v336, %v338) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v340 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v341 = "stablehlo.broadcast_in_dim"(%v340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v342 = "stablehlo.select"(%v339, %v341, %v336) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v343 = "stablehlo.broadcast_in_dim"(%v342) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v344 = "stablehlo.divide"(%v334, %v343) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v345 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v351, %v352 = "stablehlo.sort"(%v344, %v345) ({
          ^bb0(%v346: tensor<f32>, %v347: tensor<f32>, %v348: tensor<i32>, %v349: tensor<i32>):
            %v350 = "stablehlo.compare"(%v346, %v347) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            "stablehlo.return"(%v350) : (tensor<i1>) -> ()
        }) {dimension = 1 : i64, is_stable = true} : (tensor<1x96xf32>, tensor<1x96xi32>) -> (tensor<1x96xf32>, tensor<1x96xi32>)
        %v353 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v355 = "stablehlo.reshape"(%v354) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v356 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v357 = "stablehlo.broadcast_in_dim"(%v356) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
        %v358 = "stablehlo.compare"(%v355, %v357) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v359 = "stablehlo.broadcast_in_dim"(%v355) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
        %v360 = "stablehlo.compare"(%v353, %v359) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
        %v361 = "stablehlo.broadcast_in_dim"(%v358) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi1>) -> tensor<1x96xi1>
        %v362 = "stablehlo.or"(%v360, %v361) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
        %v363 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v367 = "stablehlo.reduce"(%v351, %v363) ({
          ^bb0(%v364: tensor<f32>, %v365: tensor<f32>):
            %v366 = "stablehlo.maximum"(%v364, %v365) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v366) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v368 = "stablehlo.reshape"(%v367) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v369 = "stablehlo.broadcast_in_dim"(%v368) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v370 = "stablehlo.subtract"(%v351, %v369) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v371 = "stablehlo.exponential"(%v370) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v372 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v376 = "stablehlo.reduce"(%v371, %v372) ({
          ^bb0(%v373: tensor<f32>, %v374: tensor<f32>):
            %v375 = "stablehlo.add"(%v373, %v374) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v375) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v377 = "stablehlo.reshape"(%v376) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v378 = "stablehlo.broadcast_in_dim"(%v377) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v379 = "stablehlo.divide"(%v371, %v378) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v380 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
        %v381 = "stablehlo.slice"(%v379) {limit_indices = array<i64: 1, 95>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x95xf32>
        %v382 = "stablehlo.concatenate"(%v380, %v381) {dimension = 1 : i64} : (tensor<1x1xf32>, tensor<1x95xf32>) -> tensor<1x96xf32>
        %v383 = "stablehlo.add"(%v379, %v382) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v384 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x2xf32>} : () -> tensor<1x2xf32>
        %v385 = "stablehlo.slice"(%v383) {limit_indices = array<i64: 1, 94>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x94xf32>
        %v386 = "stablehlo.concatenate"(%v384, %v385) {dimension = 1 : i64} : (tensor<1x2xf32>, tensor<1x94xf32>) -> tensor<1x96xf32>
        %v387 = "stablehlo.add"(%v383, %v386) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v388 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x4xf32>} : () -> tensor<1x4xf32>
        %v389 = "stablehlo.slice"(%v387) {limit_indices = array<i64: 1, 92>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x92xf32>
        %v390 = "stablehlo.concatenate"(%v388, %v389) {dimension = 1 : i64} : (tensor<1x4xf32>, tensor<1x92xf32>) -> tensor<1x96xf32>
        %v391 = "stablehlo.add"(%v387, %v390) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v392 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x8xf32>} : () -> tensor<1x8xf32>
        %v393 = "stablehlo.slice"(%v391) {limit_indices = array<i64: 1, 88>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x88xf32>
        %v394 = "stablehlo.concatenate"(%v392, %v393) {dimension = 1 : i64} : (tensor<1x8xf32>, tensor<1x88xf32>) -> tensor<1x96xf32>
        %v395 = "stablehlo.add"(%v391, %v394) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v396 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x16xf32>} : () -> tensor<1x16xf32>
        %v397 = "stablehlo.slice"(%v395) {limit_indices = array<i64: 1, 80>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x80xf32>
        %v398 = "stablehlo.concatenate"(%v396, %v397) {dimension = 1 : i64} : (tensor<1x16xf32>, tensor<1x80xf32>) -> tensor<1x96xf32>
        %v399 = "stablehlo.add"(%v395, %v398) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v400 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x32xf32>} : () -> tensor<1x32xf32>
        %v401 = "stablehlo.slice"(%v399) {limit_indices = array<i64: 1, 64>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x64xf32>
        %v402 = "stablehlo.concatenate"(%v400, %v401) {dimension = 1 : i64} : (tensor<1x32xf32>, tensor<1x64xf32>) -> tensor<1x96xf32>
        %v403 = "stablehlo.add"(%v399, %v402) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v404 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<1x64xf32>} : () -> tensor<1x64xf32>
        %v405 = "stablehlo.slice"(%v403) {limit_indices = array<i64: 1, 32>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x96xf32>) -> tensor<1x32xf32>
        %v406 = "stablehlo.concatenate"(%v404, %v405) {dimension = 1 : i64} : (tensor<1x64xf32>, tensor<1x32xf32>) -> tensor<1x96xf32>
        %v407 = "stablehlo.add"(%v403, %v406) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v408 = "stablehlo.subtract"(%v407, %v379) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v410 = "stablehlo.reshape"(%v409) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v411 = "stablehlo.broadcast_in_dim"(%v410) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v412 = "stablehlo.compare"(%v408, %v411) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v413 = "stablehlo.and"(%v362, %v412) : (tensor<1x96xi1>, tensor<1x96xi1>) -> tensor<1x96xi1>
        %v414 = "stablehlo.slice"(%v55) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v415 = "stablehlo.slice"(%v55) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v416 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
        %v417 = "stablehlo.broadcast_in_dim"(%v416) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v418 = "stablehlo.xor"(%v414, %v417) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v419 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v420 = "stablehlo.broadcast_in_dim"(%v419) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v421 = "stablehlo.shift_right_logical"(%v418, %v420) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v422 = "stablehlo.xor"(%v418, %v421) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v423 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v424 = "stablehlo.broadcast_in_dim"(%v423) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v425 = "stablehlo.multiply"(%v422, %v424) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v426 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v427 = "stablehlo.broadcast_in_dim"(%v426) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v428 = "stablehlo.shift_right_logical"(%v425, %v427) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v429 = "stablehlo.xor"(%v425, %v428) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v430 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v431 = "stablehlo.broadcast_in_dim"(%v430) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v432 = "stablehlo.multiply"(%v429, %v431) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v433 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v434 = "stablehlo.broadcast_in_dim"(%v433) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v435 = "stablehlo.shift_right_logical"(%v432, %v434) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v436 = "stablehlo.xor"(%v432, %v435) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v437 = "stablehlo.slice"(%v55) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v438 = "stablehlo.xor"(%v436, %v437) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
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
        %v457 = "stablehlo.slice"(%v55) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
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
        %v477 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
        %v478 = "stablehlo.broadcast_in_dim"(%v476) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v479 = "stablehlo.xor"(%v477, %v478) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v480 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v481 = "stablehlo.broadcast_in_dim"(%v480) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v482 = "stablehlo.shift_right_logical"(%v479, %v481) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v483 = "stablehlo.xor"(%v479, %v482) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v484 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v485 = "stablehlo.broadcast_in_dim"(%v484) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v486 = "stablehlo.multiply"(%v483, %v485) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v487 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v488 = "stablehlo.broadcast_in_dim"(%v487) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v489 = "stablehlo.shift_right_logical"(%v486, %v488) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v490 = "stablehlo.xor"(%v486, %v489) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v491 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v492 = "stablehlo.broadcast_in_dim"(%v491) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v493 = "stablehlo.multiply"(%v490, %v492) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v494 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v495 = "stablehlo.broadcast_in_dim"(%v494) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v496 = "stablehlo.shift_right_logical"(%v493, %v495) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v497 = "stablehlo.xor"(%v493, %v496) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v498 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
        %v499 = "stablehlo.broadcast_in_dim"(%v498) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v500 = "stablehlo.add"(%v497, %v499) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v501 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v502 = "stablehlo.broadcast_in_dim"(%v501) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v503 = "stablehlo.shift_right_logical"(%v500, %v502) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v504 = "stablehlo.xor"(%v500, %v503) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v505 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v506 = "stablehlo.broadcast_in_dim"(%v505) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v507 = "stablehlo.multiply"(%v504, %v506) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v508 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v509 = "stablehlo.broadcast_in_dim"(%v508) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v510 = "stablehlo.shift_right_logical"(%v507, %v509) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v511 = "stablehlo.xor"(%v507, %v510) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v512 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v513 = "stablehlo.broadcast_in_dim"(%v512) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v514 = "stablehlo.multiply"(%v511, %v513) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v515 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v516 = "stablehlo.broadcast_in_dim"(%v515) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v517 = "stablehlo.shift_right_logical"(%v514, %v516) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v518 = "stablehlo.xor"(%v514, %v517) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v519 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %v520 = "stablehlo.broadcast_in_dim"(%v519) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v521 = "stablehlo.shift_right_logical"(%v518, %v520) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v522 = "stablehlo.convert"(%v521) : (tensor<1x96xui32>) -> tensor<1x96xf32>
        %v523 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
        %v524 = "stablehlo.broadcast_in_dim"(%v523) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v525 = "stablehlo.add"(%v522, %v524) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v526 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
        %v527 = "stablehlo.broadcast_in_dim"(%v526) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v528 = "stablehlo.multiply"(%v525, %v527) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v529 = "stablehlo.log"(%v528) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v530 = "stablehlo.negate"(%v529) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v531 = "stablehlo.log"(%v530) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v532 = "stablehlo.negate"(%v531) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v533 = "stablehlo.add"(%v351, %v532) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v534 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v535 = "stablehlo.broadcast_in_dim"(%v534) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v536 = "stablehlo.select"(%v413, %v533, %v535) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v537 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v538 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v539 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v551, %v552 = "stablehlo.reduce"(%v536, %v537, %v538, %v539) ({
          ^bb0(%v540: tensor<f32>, %v541: tensor<i32>, %v542: tensor<f32>, %v543: tensor<i32>):
            %v544 = "stablehlo.compare"(%v542, %v540) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v545 = "stablehlo.compare"(%v542, %v540) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v546 = "stablehlo.compare"(%v543, %v541) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v547 = "stablehlo.and"(%v545, %v546) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v548 = "stablehlo.or"(%v544, %v547) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v549 = "stablehlo.select"(%v548, %v542, %v540) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v550 = "stablehlo.select"(%v548, %v543, %v541) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v549, %v550) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v553 = "stablehlo.reshape"(%v552) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v554 = "stablehlo.broadcast_in_dim"(%v553) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x96xi32>
        %v555 = "stablehlo.compare"(%v353, %v554) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi1>
        %v556 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v557 = "stablehlo.broadcast_in_dim"(%v556) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v558 = "stablehlo.select"(%v555, %v352, %v557) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v559 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v563 = "stablehlo.reduce"(%v558, %v559) ({
          ^bb0(%v560: tensor<i32>, %v561: tensor<i32>):
            %v562 = "stablehlo.add"(%v560, %v561) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v562) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v564 = "stablehlo.reshape"(%v339) : (tensor<1x1xi1>) -> tensor<1xi1>
        %v565 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v566 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v567 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v579, %v580 = "stablehlo.reduce"(%v334, %v565, %v566, %v567) ({
          ^bb0(%v568: tensor<f32>, %v569: tensor<i32>, %v570: tensor<f32>, %v571: tensor<i32>):
            %v572 = "stablehlo.compare"(%v570, %v568) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v573 = "stablehlo.compare"(%v570, %v568) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v574 = "stablehlo.compare"(%v571, %v569) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v575 = "stablehlo.and"(%v573, %v574) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v576 = "stablehlo.or"(%v572, %v575) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v577 = "stablehlo.select"(%v576, %v570, %v568) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v578 = "stablehlo.select"(%v576, %v571, %v569) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v577, %v578) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v581 = "stablehlo.select"(%v564, %v580, %v563) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v582 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v583 = "stablehlo.compare"(%v53, %v582) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v584 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v585 = "stablehlo.broadcast_in_dim"(%v584) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v586 = "stablehlo.select"(%v583, %v581, %v585) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v587 = "stablehlo.reshape"(%v586) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v588 = "stablehlo.dynamic_update_slice"(%v54, %v587, %v60, %v50) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v589 = "stablehlo.reshape"(%v581) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v590 = "stablehlo.broadcast_in_dim"(%v589) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v592 = "stablehlo.compare"(%v590, %v591) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v593 = "stablehlo.convert"(%v592) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v594 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v598 = "stablehlo.reduce"(%v593, %v594) ({
          ^bb0(%v595: tensor<i32>, %v596: tensor<i32>):
            %v597 = "stablehlo.maximum"(%v595, %v596) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v597) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v599 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v600 = "stablehlo.compare"(%v598, %v599) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v601 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v602 = "stablehlo.broadcast_in_dim"(%v601) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v603 = "stablehlo.subtract"(%v53, %v602) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v604 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v605 = "stablehlo.maximum"(%v603, %v604) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v606 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v607 = "stablehlo.select"(%v600, %v606, %v605) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v608 = "stablehlo.reshape"(%v583) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v609 = "stablehlo.reshape"(%v581) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v610 = "stablehlo.select"(%v608, %v609, %v51) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v611 = "stablehlo.convert"(%v583) : (tensor<1xi1>) -> tensor<1xi32>
        %v612 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v613 = "stablehlo.add"(%v50, %v612) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v614 = "stablehlo.add"(%v52, %v611) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v615 = "stablehlo.convert"(%v611) : (tensor<1xi32>) -> tensor<1xui32>
        %v616 = "stablehlo.reshape"(%v615) : (tensor<1xui32>) -> tensor<1x1xui32>
        %v617 = "stablehlo.constant"() {value = dense<0> : tensor<1x2xui32>} : () -> tensor<1x2xui32>
        %v618 = "stablehlo.concatenate"(%v617, %v616) {dimension = 1 : i64} : (tensor<1x2xui32>, tensor<1x1xui32>) -> tensor<1x3xui32>
        %v619 = "stablehlo.add"(%v55, %v618) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
        "stablehlo.return"(%v613, %v610, %v614, %v607, %v588, %v619, %v148, %v260, %v150, %v262, %v85, %v103, %v107, %v162, %v182, %v186, %v195, %v215, %v219, %v274, %v294, %v298, %v307, %v327, %v331, %v335, %v354, %v409, %v591) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>)
    "func.return"(%v653, %v655, %v656, %v657, %v658) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
