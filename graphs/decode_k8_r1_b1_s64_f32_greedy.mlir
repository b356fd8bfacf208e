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
    %v410, %v411, %v412, %v413, %v414, %v415, %v416, %v417, %v418, %v419, %v420, %v421, %v422, %v423, %v424, %v425, %v426, %v427, %v428, %v429, %v430, %v431, %v432, %v433, %v434, %v435 = "stablehlo.while"(%v24, %v15, %v16, %v18, %v25, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v17, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v19) ({
      ^bb0(%v26: tensor<i32>, %v27: tensor<1x1xi32>, %v28: tensor<1xi32>, %v29: tensor<1xi32>, %v30: tensor<1x8xi32>, %v31: tensor<2x64x16xf32>, %v32: tensor<2x64x16xf32>, %v33: tensor<2x64x16xf32>, %v34: tensor<2x64x16xf32>, %v393: tensor<96x64xf32>, %v394: tensor<64xf32>, %v395: tensor<128x64xf32>, %v396: tensor<1xi32>, %v397: tensor<64x64xf32>, %v398: tensor<64xf32>, %v399: tensor<320x64xf32>, %v400: tensor<64x160xf32>, %v401: tensor<64xf32>, %v402: tensor<128x64xf32>, %v403: tensor<64x64xf32>, %v404: tensor<64xf32>, %v405: tensor<320x64xf32>, %v406: tensor<64x160xf32>, %v407: tensor<64xf32>, %v408: tensor<96x64xf32>, %v409: tensor<1x8xi32>):
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
      ^bb0(%v46: tensor<i32>, %v47: tensor<1x1xi32>, %v48: tensor<1xi32>, %v49: tensor<1xi32>, %v50: tensor<1x8xi32>, %v51: tensor<2x64x16xf32>, %v52: tensor<2x64x16xf32>, %v53: tensor<2x64x16xf32>, %v54: tensor<2x64x16xf32>, %v80: tensor<96x64xf32>, %v98: tensor<64xf32>, %v102: tensor<128x64xf32>, %v139: tensor<1xi32>, %v160: tensor<64x64xf32>, %v180: tensor<64xf32>, %v184: tensor<320x64xf32>, %v193: tensor<64x160xf32>, %v213: tensor<64xf32>, %v217: tensor<128x64xf32>, %v274: tensor<64x64xf32>, %v294: tensor<64xf32>, %v298: tensor<320x64xf32>, %v307: tensor<64x160xf32>, %v327: tensor<64xf32>, %v331: tensor<96x64xf32>, %v360: tensor<1x8xi32>):
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
        %v103 = "stablehlo.custom_call"(%v101, %v102) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
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
        %v136 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v137 = "stablehlo.reshape"(%v132) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v138 = "stablehlo.reshape"(%v135) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v140 = "stablehlo.slice"(%v139) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v141 = "stablehlo.reshape"(%v140) : (tensor<1xi32>) -> tensor<i32>
        %v142 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v143 = "stablehlo.multiply"(%v141, %v142) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v144 = "stablehlo.slice"(%v48) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v145 = "stablehlo.reshape"(%v144) : (tensor<1xi32>) -> tensor<i32>
        %v146 = "stablehlo.slice"(%v137) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v147 = "stablehlo.dynamic_update_slice"(%v51, %v146, %v143, %v145, %v136) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v148 = "stablehlo.slice"(%v138) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v149 = "stablehlo.dynamic_update_slice"(%v53, %v148, %v143, %v145, %v136) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v150 = "stablehlo.reshape"(%v118) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v151 = "stablehlo.reshape"(%v150) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v152 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v153 = "stablehlo.reshape"(%v151) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v154 = "stablehlo.custom_call"(%v153, %v147, %v149, %v48, %v139, %v152) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v155 = "stablehlo.reshape"(%v154) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v156 = "stablehlo.reshape"(%v155) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v157 = "stablehlo.transpose"(%v156) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v158 = "stablehlo.reshape"(%v157) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v159 = "stablehlo.reshape"(%v158) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v161 = "stablehlo.custom_call"(%v159, %v160) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v162 = "stablehlo.reshape"(%v161) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v163 = "stablehlo.add"(%v81, %v162) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v164 = "stablehlo.multiply"(%v163, %v163) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v165 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v169 = "stablehlo.reduce"(%v164, %v165) ({
          ^bb0(%v166: tensor<f32>, %v167: tensor<f32>):
            %v168 = "stablehlo.add"(%v166, %v167) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v168) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v170 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v171 = "stablehlo.broadcast_in_dim"(%v170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v172 = "stablehlo.divide"(%v169, %v171) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v173 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v174 = "stablehlo.broadcast_in_dim"(%v173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v175 = "stablehlo.add"(%v172, %v174) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v176 = "stablehlo.rsqrt"(%v175) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v177 = "stablehlo.reshape"(%v176) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v178 = "stablehlo.broadcast_in_dim"(%v177) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v179 = "stablehlo.multiply"(%v163, %v178) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v181 = "stablehlo.broadcast_in_dim"(%v180) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v182 = "stablehlo.multiply"(%v179, %v181) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v183 = "stablehlo.reshape"(%v182) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v185 = "stablehlo.custom_call"(%v183, %v184) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v186 = "stablehlo.reshape"(%v185) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v187 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v188 = "stablehlo.slice"(%v186) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v189 = "stablehlo.logistic"(%v187) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v190 = "stablehlo.multiply"(%v187, %v189) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v191 = "stablehlo.multiply"(%v190, %v188) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v192 = "stablehlo.reshape"(%v191) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v194 = "stablehlo.custom_call"(%v192, %v193) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v195 = "stablehlo.reshape"(%v194) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v196 = "stablehlo.add"(%v163, %v195) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v197 = "stablehlo.multiply"(%v196, %v196) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v198 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v202 = "stablehlo.reduce"(%v197, %v198) ({
          ^bb0(%v199: tensor<f32>, %v200: tensor<f32>):
            %v201 = "stablehlo.add"(%v199, %v200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v201) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v203 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v204 = "stablehlo.broadcast_in_dim"(%v203) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v205 = "stablehlo.divide"(%v202, %v204) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v206 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v207 = "stablehlo.broadcast_in_dim"(%v206) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v208 = "stablehlo.add"(%v205, %v207) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v209 = "stablehlo.rsqrt"(%v208) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v210 = "stablehlo.reshape"(%v209) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v211 = "stablehlo.broadcast_in_dim"(%v210) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v212 = "stablehlo.multiply"(%v196, %v211) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v214 = "stablehlo.broadcast_in_dim"(%v213) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v215 = "stablehlo.multiply"(%v212, %v214) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v216 = "stablehlo.reshape"(%v215) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v218 = "stablehlo.custom_call"(%v216, %v217) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v219 = "stablehlo.reshape"(%v218) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v220 = "stablehlo.slice"(%v219) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v221 = "stablehlo.reshape"(%v220) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v222 = "stablehlo.transpose"(%v221) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v223 = "stablehlo.slice"(%v222) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v224 = "stablehlo.slice"(%v222) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v225 = "stablehlo.negate"(%v224) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v226 = "stablehlo.concatenate"(%v225, %v223) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v227 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v228 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v229 = "stablehlo.broadcast_in_dim"(%v227) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v230 = "stablehlo.multiply"(%v222, %v229) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v231 = "stablehlo.broadcast_in_dim"(%v228) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v232 = "stablehlo.multiply"(%v226, %v231) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v233 = "stablehlo.add"(%v230, %v232) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v234 = "stablehlo.slice"(%v219) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v235 = "stablehlo.reshape"(%v234) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v236 = "stablehlo.transpose"(%v235) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v237 = "stablehlo.slice"(%v236) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v238 = "stablehlo.slice"(%v236) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v239 = "stablehlo.negate"(%v238) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v240 = "stablehlo.concatenate"(%v239, %v237) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v241 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v242 = "stablehlo.reshape"(%v67) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v243 = "stablehlo.broadcast_in_dim"(%v241) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v244 = "stablehlo.multiply"(%v236, %v243) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v245 = "stablehlo.broadcast_in_dim"(%v242) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v246 = "stablehlo.multiply"(%v240, %v245) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v247 = "stablehlo.add"(%v244, %v246) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v248 = "stablehlo.slice"(%v219) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v249 = "stablehlo.reshape"(%v248) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v250 = "stablehlo.transpose"(%v249) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v251 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v252 = "stablehlo.reshape"(%v247) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v253 = "stablehlo.reshape"(%v250) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v254 = "stablehlo.slice"(%v139) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v255 = "stablehlo.reshape"(%v254) : (tensor<1xi32>) -> tensor<i32>
        %v256 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v257 = "stablehlo.multiply"(%v255, %v256) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v258 = "stablehlo.slice"(%v48) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v259 = "stablehlo.reshape"(%v258) : (tensor<1xi32>) -> tensor<i32>
        %v260 = "stablehlo.slice"(%v252) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v261 = "stablehlo.dynamic_update_slice"(%v52, %v260, %v257, %v259, %v251) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v262 = "stablehlo.slice"(%v253) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v263 = "stablehlo.dynamic_update_slice"(%v54, %v262, %v257, %v259, %v251) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v264 = "stablehlo.reshape"(%v233) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v265 = "stablehlo.reshape"(%v264) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v266 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v267 = "stablehlo.reshape"(%v265) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v268 = "stablehlo.custom_call"(%v267, %v261, %v263, %v48, %v139, %v266) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v269 = "stablehlo.reshape"(%v268) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v270 = "stablehlo.reshape"(%v269) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v271 = "stablehlo.transpose"(%v270) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v272 = "stablehlo.reshape"(%v271) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v273 = "stablehlo.reshape"(%v272) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v275 = "stablehlo.custom_call"(%v273, %v274) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v276 = "stablehlo.reshape"(%v275) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v277 = "stablehlo.add"(%v196, %v276) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
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
        %v335 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v336 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v337 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v349, %v350 = "stablehlo.reduce"(%v334, %v335, %v336, %v337) ({
          ^bb0(%v338: tensor<f32>, %v339: tensor<i32>, %v340: tensor<f32>, %v341: tensor<i32>):
            %v342 = "stablehlo.compare"(%v340, %v338) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v343 = "stablehlo.compare"(%v340, %v338) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v344 = "stablehlo.compare"(%v341, %v339) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v345 = "stablehlo.and"(%v343, %v344) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v346 = "stablehlo.or"(%v342, %v345) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v347 = "stablehlo.select"(%v346, %v340, %v338) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v348 = "stablehlo.select"(%v346, %v341, %v339) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v347, %v348) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v351 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v352 = "stablehlo.compare"(%v49, %v351) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v353 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v354 = "stablehlo.broadcast_in_dim"(%v353) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v355 = "stablehlo.select"(%v352, %v350, %v354) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v356 = "stablehlo.reshape"(%v355) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v357 = "stablehlo.dynamic_update_slice"(%v50, %v356, %v55, %v46) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v358 = "stablehlo.reshape"(%v350) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v359 = "stablehlo.broadcast_in_dim"(%v358) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v361 = "stablehlo.compare"(%v359, %v360) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v362 = "stablehlo.convert"(%v361) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v363 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v367 = "stablehlo.reduce"(%v362, %v363) ({
          ^bb0(%v364: tensor<i32>, %v365: tensor<i32>):
            %v366 = "stablehlo.maximum"(%v364, %v365) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v366) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v368 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v369 = "stablehlo.compare"(%v367, %v368) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v370 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v371 = "stablehlo.broadcast_in_dim"(%v370) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v372 = "stablehlo.subtract"(%v49, %v371) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v373 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v374 = "stablehlo.maximum"(%v372, %v373) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v375 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v376 = "stablehlo.select"(%v369, %v375, %v374) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v377 = "stablehlo.reshape"(%v352) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v378 = "stablehlo.reshape"(%v350) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v379 = "stablehlo.select"(%v377, %v378, %v47) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v380 = "stablehlo.convert"(%v352) : (tensor<1xi1>) -> tensor<1xi32>
        %v381 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v382 = "stablehlo.add"(%v46, %v381) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v383 = "stablehlo.add"(%v48, %v380) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        "stablehlo.return"(%v382, %v379, %v383, %v376, %v357, %v147, %v261, %v149, %v263, %v80, %v98, %v102, %v139, %v160, %v180, %v184, %v193, %v213, %v217, %v274, %v294, %v298, %v307, %v327, %v331, %v360) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>)
    "func.return"(%v414, %v415, %v416, %v417, %v418) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
