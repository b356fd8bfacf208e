module @decode_k8_r1_b1_s64_f32_greedy attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v24 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v25 = "stablehlo.constant"() {value = dense<-1> : tensor<1x8xi32>} : () -> tensor<1x8xi32>
    %v424, %v425, %v426, %v427, %v428, %v429, %v430, %v431, %v432, %v433, %v434, %v435, %v436, %v437, %v438, %v439, %v440, %v441, %v442, %v443, %v444, %v445, %v446, %v447, %v448, %v449 = "stablehlo.while"(%v24, %v15, %v16, %v18, %v25, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v17, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v19) ({
      ^bb0(%v26: tensor<i32>, %v27: tensor<1x1xi32>, %v28: tensor<1xi32>, %v29: tensor<1xi32>, %v30: tensor<1x8xi32>, %v31: tensor<2x64x16xf32>, %v32: tensor<2x64x16xf32>, %v33: tensor<2x64x16xf32>, %v34: tensor<2x64x16xf32>, %v407: tensor<96x64xf32>, %v408: tensor<64xf32>, %v409: tensor<128x64xf32>, %v410: tensor<1xi32>, %v411: tensor<64x64xf32>, %v412: tensor<64xf32>, %v413: tensor<320x64xf32>, %v414: tensor<64x160xf32>, %v415: tensor<64xf32>, %v416: tensor<128x64xf32>, %v417: tensor<64x64xf32>, %v418: tensor<64xf32>, %v419: tensor<320x64xf32>, %v420: tensor<64x160xf32>, %v421: tensor<64xf32>, %v422: tensor<96x64xf32>, %v423: tensor<1x8xi32>):
        %v35 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v39 = "stablehlo.reduce"(%v29, %v35) ({
          ^bb0(%v36: tensor<i32>, %v37: tensor<i32>):
            %v38 = "stablehlo.maximum"(%v36, %v37) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v38) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %v40 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v41 = "stablehlo.compare"(%v39, %v40) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v42 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v43 = "stablehlo.compare"(%v26, %v42) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v44 = "stablehlo.and"(%v43, %v41) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%v44) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v46: tensor<i32>, %v47: tensor<1x1xi32>, %v48: tensor<1xi32>, %v49: tensor<1xi32>, %v50: tensor<1x8xi32>, %v51: tensor<2x64x16xf32>, %v52: tensor<2x64x16xf32>, %v53: tensor<2x64x16xf32>, %v54: tensor<2x64x16xf32>, %v80: tensor<96x64xf32>, %v98: tensor<64xf32>, %v102: tensor<128x64xf32>, %v138: tensor<1xi32>, %v167: tensor<64x64xf32>, %v187: tensor<64xf32>, %v191: tensor<320x64xf32>, %v200: tensor<64x160xf32>, %v220: tensor<64xf32>, %v224: tensor<128x64xf32>, %v288: tensor<64x64xf32>, %v308: tensor<64xf32>, %v312: tensor<320x64xf32>, %v321: tensor<64x160xf32>, %v341: tensor<64xf32>, %v345: tensor<96x64xf32>, %v374: tensor<1x8xi32>):
        %v55 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v56 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
        %v57 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v58 = "stablehlo.add"(%v56, %v57) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v59 = "stablehlo.convert"(%v58) : (tensor<1x1xi32>) -> tensor<1x1xf32>
        %v60 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
        %v61 = "stablehlo.reshape"(%v59) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v62 = "stablehlo.reshape"(%v60) : (tensor<8xf32>) -> tensor<1x1x8xf32>
        %v63 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
        %v64 = "stablehlo.multiply"(%v63, %v62) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
        %v65 = "stablehlo.concatenate"(%v64, %v64) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
        %v66 = "stablehlo.cosine"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v67 = "stablehlo.sine"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v68 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
        %v69 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1x1xi32>
        %v70 = "stablehlo.broadcast_in_dim"(%v69) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
        %v71 = "stablehlo.add"(%v68, %v70) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v72 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
        %v73 = "stablehlo.compare"(%v72, %v71) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v74 = "stablehlo.subtract"(%v71, %v72) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v75 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v76 = "stablehlo.broadcast_in_dim"(%v75) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
        %v77 = "stablehlo.compare"(%v74, %v76) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v78 = "stablehlo.and"(%v73, %v77) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
        %v79 = "stablehlo.reshape"(%v78) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v81 = "stablehlo.gather"(%v80, %v47) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
        %v82 = "stablehlo.multiply"(%v81, %v81) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v83 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v87 = "stablehlo.reduce"(%v82, %v83) ({
          ^bb0(%v84: tensor<f32>, %v85: tensor<f32>):
            %v86 = "stablehlo.add"(%v84, %v85) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v86) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v88 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v89 = "stablehlo.broadcast_in_dim"(%v88) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v90 = "stablehlo.divide"(%v87, %v89) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v91 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v92 = "stablehlo.broadcast_in_dim"(%v91) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v93 = "stablehlo.add"(%v90, %v92) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v94 = "stablehlo.rsqrt"(%v93) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v95 = "stablehlo.reshape"(%v94) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v96 = "stablehlo.broadcast_in_dim"(%v95) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v97 = "stablehlo.multiply"(%v81, %v96) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v99 = "stablehlo.broadcast_in_dim"(%v98) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v100 = "stablehlo.multiply"(%v97, %v99) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v101 = "stablehlo.reshape"(%v100) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v103 = "stablehlo.custom_call"(%v101, %v102) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v104 = "stablehlo.reshape"(%v103) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v105 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v106 = "stablehlo.reshape"(%v105) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v107 = "stablehlo.transpose"(%v106) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v108 = "stablehlo.slice"(%v107) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v109 = "stablehlo.slice"(%v107) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v110 = "stablehlo.negate"(%v109) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v111 = "stablehlo.concatenate"(%v110, %v108) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v112 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v113 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v114 = "stablehlo.broadcast_in_dim"(%v112) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v115 = "stablehlo.multiply"(%v107, %v114) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v116 = "stablehlo.broadcast_in_dim"(%v113) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v117 = "stablehlo.multiply"(%v111, %v116) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v118 = "stablehlo.add"(%v115, %v117) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v119 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v120 = "stablehlo.reshape"(%v119) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v122 = "stablehlo.slice"(%v121) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v123 = "stablehlo.slice"(%v121) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v124 = "stablehlo.negate"(%v123) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v125 = "stablehlo.concatenate"(%v124, %v122) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v126 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v127 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v128 = "stablehlo.broadcast_in_dim"(%v126) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v129 = "stablehlo.multiply"(%v121, %v128) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v130 = "stablehlo.broadcast_in_dim"(%v127) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v131 = "stablehlo.multiply"(%v125, %v130) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v132 = "stablehlo.add"(%v129, %v131) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v133 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v134 = "stablehlo.reshape"(%v133) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v135 = "stablehlo.transpose"(%v134) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v136 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v137 = "stablehlo.broadcast_in_dim"(%v136) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v139 = "stablehlo.multiply"(%v138, %v137) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v140 = "stablehlo.reshape"(%v139) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v141 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v142 = "stablehlo.broadcast_in_dim"(%v140) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v143 = "stablehlo.add"(%v142, %v141) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v144 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v145 = "stablehlo.broadcast_in_dim"(%v144) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v146 = "stablehlo.reshape"(%v143) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v147 = "stablehlo.reshape"(%v145) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v148 = "stablehlo.concatenate"(%v146, %v147) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v149 = "stablehlo.reshape"(%v132) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v150 = "stablehlo.reshape"(%v135) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v153 = "stablehlo.scatter"(%v51, %v148, %v149) ({
          ^bb0(%v151: tensor<f32>, %v152: tensor<f32>):
            "stablehlo.return"(%v152) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v156 = "stablehlo.scatter"(%v53, %v148, %v150) ({
          ^bb0(%v154: tensor<f32>, %v155: tensor<f32>):
            "stablehlo.return"(%v155) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v157 = "stablehlo.reshape"(%v118) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v158 = "stablehlo.reshape"(%v157) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v159 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v160 = "stablehlo.reshape"(%v158) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v161 = "stablehlo.custom_call"(%v160, %v153, %v156, %v48, %v138, %v159) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v162 = "stablehlo.reshape"(%v161) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v163 = "stablehlo.reshape"(%v162) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v164 = "stablehlo.transpose"(%v163) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v165 = "stablehlo.reshape"(%v164) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v166 = "stablehlo.reshape"(%v165) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v168 = "stablehlo.custom_call"(%v166, %v167) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v169 = "stablehlo.reshape"(%v168) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v170 = "stablehlo.add"(%v81, %v169) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v171 = "stablehlo.multiply"(%v170, %v170) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v172 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v176 = "stablehlo.reduce"(%v171, %v172) ({
          ^bb0(%v173: tensor<f32>, %v174: tensor<f32>):
            %v175 = "stablehlo.add"(%v173, %v174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v175) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v177 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v178 = "stablehlo.broadcast_in_dim"(%v177) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v179 = "stablehlo.divide"(%v176, %v178) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v180 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v181 = "stablehlo.broadcast_in_dim"(%v180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v182 = "stablehlo.add"(%v179, %v181) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v183 = "stablehlo.rsqrt"(%v182) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v184 = "stablehlo.reshape"(%v183) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v185 = "stablehlo.broadcast_in_dim"(%v184) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v186 = "stablehlo.multiply"(%v170, %v185) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v188 = "stablehlo.broadcast_in_dim"(%v187) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v189 = "stablehlo.multiply"(%v186, %v188) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v190 = "stablehlo.reshape"(%v189) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v192 = "stablehlo.custom_call"(%v190, %v191) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v193 = "stablehlo.reshape"(%v192) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v194 = "stablehlo.slice"(%v193) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v195 = "stablehlo.slice"(%v193) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v196 = "stablehlo.logistic"(%v194) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v197 = "stablehlo.multiply"(%v194, %v196) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v198 = "stablehlo.multiply"(%v197, %v195) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v199 = "stablehlo.reshape"(%v198) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v201 = "stablehlo.custom_call"(%v199, %v200) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v202 = "stablehlo.reshape"(%v201) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v203 = "stablehlo.add"(%v170, %v202) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v204 = "stablehlo.multiply"(%v203, %v203) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v205 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v209 = "stablehlo.reduce"(%v204, %v205) ({
          ^bb0(%v206: tensor<f32>, %v207: tensor<f32>):
            %v208 = "stablehlo.add"(%v206, %v207) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v208) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v210 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v211 = "stablehlo.broadcast_in_dim"(%v210) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v212 = "stablehlo.divide"(%v209, %v211) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v213 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v214 = "stablehlo.broadcast_in_dim"(%v213) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v215 = "stablehlo.add"(%v212, %v214) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v216 = "stablehlo.rsqrt"(%v215) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v217 = "stablehlo.reshape"(%v216) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v218 = "stablehlo.broadcast_in_dim"(%v217) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v219 = "stablehlo.multiply"(%v203, %v218) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v221 = "stablehlo.broadcast_in_dim"(%v220) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v222 = "stablehlo.multiply"(%v219, %v221) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v223 = "stablehlo.reshape"(%v222) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v225 = "stablehlo.custom_call"(%v223, %v224) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v226 = "stablehlo.reshape"(%v225) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v227 = "stablehlo.slice"(%v226) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v228 = "stablehlo.reshape"(%v227) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v229 = "stablehlo.transpose"(%v228) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v230 = "stablehlo.slice"(%v229) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v231 = "stablehlo.slice"(%v229) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v232 = "stablehlo.negate"(%v231) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v233 = "stablehlo.concatenate"(%v232, %v230) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v234 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v235 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
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
        %v248 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v249 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v250 = "stablehlo.broadcast_in_dim"(%v248) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v251 = "stablehlo.multiply"(%v243, %v250) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v252 = "stablehlo.broadcast_in_dim"(%v249) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v253 = "stablehlo.multiply"(%v247, %v252) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v254 = "stablehlo.add"(%v251, %v253) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v255 = "stablehlo.slice"(%v226) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v256 = "stablehlo.reshape"(%v255) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v257 = "stablehlo.transpose"(%v256) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v258 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v259 = "stablehlo.broadcast_in_dim"(%v258) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v260 = "stablehlo.multiply"(%v138, %v259) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v261 = "stablehlo.reshape"(%v260) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v262 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v263 = "stablehlo.broadcast_in_dim"(%v261) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v264 = "stablehlo.add"(%v263, %v262) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v265 = "stablehlo.reshape"(%v48) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v266 = "stablehlo.broadcast_in_dim"(%v265) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v267 = "stablehlo.reshape"(%v264) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v268 = "stablehlo.reshape"(%v266) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v269 = "stablehlo.concatenate"(%v267, %v268) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v270 = "stablehlo.reshape"(%v254) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v271 = "stablehlo.reshape"(%v257) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v274 = "stablehlo.scatter"(%v52, %v269, %v270) ({
          ^bb0(%v272: tensor<f32>, %v273: tensor<f32>):
            "stablehlo.return"(%v273) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v277 = "stablehlo.scatter"(%v54, %v269, %v271) ({
          ^bb0(%v275: tensor<f32>, %v276: tensor<f32>):
            "stablehlo.return"(%v276) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v278 = "stablehlo.reshape"(%v240) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v279 = "stablehlo.reshape"(%v278) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v280 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v281 = "stablehlo.reshape"(%v279) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v282 = "stablehlo.custom_call"(%v281, %v274, %v277, %v48, %v138, %v280) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v283 = "stablehlo.reshape"(%v282) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v284 = "stablehlo.reshape"(%v283) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v285 = "stablehlo.transpose"(%v284) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v286 = "stablehlo.reshape"(%v285) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v287 = "stablehlo.reshape"(%v286) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v289 = "stablehlo.custom_call"(%v287, %v288) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v290 = "stablehlo.reshape"(%v289) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v291 = "stablehlo.add"(%v203, %v290) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v292 = "stablehlo.multiply"(%v291, %v291) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v293 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v297 = "stablehlo.reduce"(%v292, %v293) ({
          ^bb0(%v294: tensor<f32>, %v295: tensor<f32>):
            %v296 = "stablehlo.add"(%v294, %v295) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v296) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v298 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v299 = "stablehlo.broadcast_in_dim"(%v298) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v300 = "stablehlo.divide"(%v297, %v299) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v301 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v302 = "stablehlo.broadcast_in_dim"(%v301) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v303 = "stablehlo.add"(%v300, %v302) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v304 = "stablehlo.rsqrt"(%v303) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v305 = "stablehlo.reshape"(%v304) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v306 = "stablehlo.broadcast_in_dim"(%v305) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v307 = "stablehlo.multiply"(%v291, %v306) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v309 = "stablehlo.broadcast_in_dim"(%v308) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v310 = "stablehlo.multiply"(%v307, %v309) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v311 = "stablehlo.reshape"(%v310) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v313 = "stablehlo.custom_call"(%v311, %v312) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v314 = "stablehlo.reshape"(%v313) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v315 = "stablehlo.slice"(%v314) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v316 = "stablehlo.slice"(%v314) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v317 = "stablehlo.logistic"(%v315) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v318 = "stablehlo.multiply"(%v315, %v317) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v319 = "stablehlo.multiply"(%v318, %v316) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v320 = "stablehlo.reshape"(%v319) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v322 = "stablehlo.custom_call"(%v320, %v321) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v323 = "stablehlo.reshape"(%v322) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v324 = "stablehlo.add"(%v291, %v323) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v325 = "stablehlo.multiply"(%v324, %v324) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v326 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v330 = "stablehlo.reduce"(%v325, %v326) ({
          ^bb0(%v327: tensor<f32>, %v328: tensor<f32>):
            %v329 = "stablehlo.add"(%v327, %v328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v329) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v331 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v332 = "stablehlo.broadcast_in_dim"(%v331) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v333 = "stablehlo.divide"(%v330, %v332) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v334 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v335 = "stablehlo.broadcast_in_dim"(%v334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v336 = "stablehlo.add"(%v333, %v335) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v337 = "stablehlo.rsqrt"(%v336) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v338 = "stablehlo.reshape"(%v337) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v339 = "stablehlo.broadcast_in_dim"(%v338) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v340 = "stablehlo.multiply"(%v324, %v339) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v342 = "stablehlo.broadcast_in_dim"(%v341) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v343 = "stablehlo.multiply"(%v340, %v342) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v344 = "stablehlo.reshape"(%v343) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v346 = "stablehlo.custom_call"(%v344, %v345) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
        %v347 = "stablehlo.reshape"(%v346) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v348 = "stablehlo.reshape"(%v347) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v349 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v350 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v351 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v363, %v364 = "stablehlo.reduce"(%v348, %v349, %v350, %v351) ({
          ^bb0(%v352: tensor<f32>, %v353: tensor<i32>, %v354: tensor<f32>, %v355: tensor<i32>):
            %v356 = "stablehlo.compare"(%v354, %v352) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v357 = "stablehlo.compare"(%v354, %v352) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v358 = "stablehlo.compare"(%v355, %v353) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v359 = "stablehlo.and"(%v357, %v358) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v360 = "stablehlo.or"(%v356, %v359) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v361 = "stablehlo.select"(%v360, %v354, %v352) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v362 = "stablehlo.select"(%v360, %v355, %v353) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v361, %v362) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v365 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v366 = "stablehlo.compare"(%v49, %v365) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v367 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v368 = "stablehlo.broadcast_in_dim"(%v367) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v369 = "stablehlo.select"(%v366, %v364, %v368) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v370 = "stablehlo.reshape"(%v369) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v371 = "stablehlo.dynamic_update_slice"(%v50, %v370, %v55, %v46) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v372 = "stablehlo.reshape"(%v364) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v373 = "stablehlo.broadcast_in_dim"(%v372) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v375 = "stablehlo.compare"(%v373, %v374) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v376 = "stablehlo.convert"(%v375) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v377 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v381 = "stablehlo.reduce"(%v376, %v377) ({
          ^bb0(%v378: tensor<i32>, %v379: tensor<i32>):
            %v380 = "stablehlo.maximum"(%v378, %v379) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v380) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v382 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v383 = "stablehlo.compare"(%v381, %v382) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v384 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v385 = "stablehlo.broadcast_in_dim"(%v384) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v386 = "stablehlo.subtract"(%v49, %v385) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v387 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v388 = "stablehlo.maximum"(%v386, %v387) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v389 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v390 = "stablehlo.select"(%v383, %v389, %v388) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v391 = "stablehlo.reshape"(%v366) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v392 = "stablehlo.reshape"(%v364) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v393 = "stablehlo.select"(%v391, %v392, %v47) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v394 = "stablehlo.convert"(%v366) : (tensor<1xi1>) -> tensor<1xi32>
        %v395 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v396 = "stablehlo.add"(%v46, %v395) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v397 = "stablehlo.add"(%v48, %v394) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        "stablehlo.return"(%v396, %v393, %v397, %v390, %v371, %v153, %v274, %v156, %v277, %v80, %v98, %v102, %v138, %v167, %v187, %v191, %v200, %v220, %v224, %v288, %v308, %v312, %v321, %v341, %v345, %v374) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>)
    "func.return"(%v428, %v429, %v430, %v431, %v432) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
