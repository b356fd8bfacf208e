module @decode_k8_b1_s64_f32_greedy attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, xlagen.name = "v_cache.1"}
  ) -> (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) {
    %v23 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v24 = "stablehlo.constant"() {value = dense<-1> : tensor<1x8xi32>} : () -> tensor<1x8xi32>
    %v412, %v413, %v414, %v415, %v416, %v417, %v418, %v419, %v420, %v421, %v422, %v423, %v424, %v425, %v426, %v427, %v428, %v429, %v430, %v431, %v432, %v433, %v434, %v435, %v436 = "stablehlo.while"(%v23, %v15, %v16, %v17, %v24, %v19, %v20, %v21, %v22, %v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v18) ({
      ^bb0(%v25: tensor<i32>, %v26: tensor<1x1xi32>, %v27: tensor<1xi32>, %v28: tensor<1xi32>, %v29: tensor<1x8xi32>, %v30: tensor<2x64x16xf32>, %v31: tensor<2x64x16xf32>, %v32: tensor<2x64x16xf32>, %v33: tensor<2x64x16xf32>, %v396: tensor<96x64xf32>, %v397: tensor<64xf32>, %v398: tensor<128x64xf32>, %v399: tensor<64x64xf32>, %v400: tensor<64xf32>, %v401: tensor<320x64xf32>, %v402: tensor<64x160xf32>, %v403: tensor<64xf32>, %v404: tensor<128x64xf32>, %v405: tensor<64x64xf32>, %v406: tensor<64xf32>, %v407: tensor<320x64xf32>, %v408: tensor<64x160xf32>, %v409: tensor<64xf32>, %v410: tensor<96x64xf32>, %v411: tensor<1x8xi32>):
        %v34 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v38 = "stablehlo.reduce"(%v28, %v34) ({
          ^bb0(%v35: tensor<i32>, %v36: tensor<i32>):
            %v37 = "stablehlo.maximum"(%v35, %v36) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v37) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %v39 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v40 = "stablehlo.compare"(%v38, %v39) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v41 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v42 = "stablehlo.compare"(%v25, %v41) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v43 = "stablehlo.and"(%v42, %v40) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%v43) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v45: tensor<i32>, %v46: tensor<1x1xi32>, %v47: tensor<1xi32>, %v48: tensor<1xi32>, %v49: tensor<1x8xi32>, %v50: tensor<2x64x16xf32>, %v51: tensor<2x64x16xf32>, %v52: tensor<2x64x16xf32>, %v53: tensor<2x64x16xf32>, %v79: tensor<96x64xf32>, %v97: tensor<64xf32>, %v101: tensor<128x64xf32>, %v157: tensor<64x64xf32>, %v178: tensor<64xf32>, %v182: tensor<320x64xf32>, %v192: tensor<64x160xf32>, %v213: tensor<64xf32>, %v217: tensor<128x64xf32>, %v273: tensor<64x64xf32>, %v294: tensor<64xf32>, %v298: tensor<320x64xf32>, %v308: tensor<64x160xf32>, %v329: tensor<64xf32>, %v333: tensor<96x64xf32>, %v363: tensor<1x8xi32>):
        %v54 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v55 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
        %v56 = "stablehlo.reshape"(%v47) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v57 = "stablehlo.add"(%v55, %v56) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v58 = "stablehlo.convert"(%v57) : (tensor<1x1xi32>) -> tensor<1x1xf32>
        %v59 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
        %v60 = "stablehlo.reshape"(%v58) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v61 = "stablehlo.reshape"(%v59) : (tensor<8xf32>) -> tensor<1x1x8xf32>
        %v62 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
        %v63 = "stablehlo.multiply"(%v62, %v61) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
        %v64 = "stablehlo.concatenate"(%v63, %v63) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
        %v65 = "stablehlo.cosine"(%v64) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v66 = "stablehlo.sine"(%v64) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v67 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
        %v68 = "stablehlo.reshape"(%v47) : (tensor<1xi32>) -> tensor<1x1x1xi32>
        %v69 = "stablehlo.broadcast_in_dim"(%v68) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
        %v70 = "stablehlo.add"(%v67, %v69) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v71 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
        %v72 = "stablehlo.compare"(%v71, %v70) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v73 = "stablehlo.subtract"(%v70, %v71) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v74 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v75 = "stablehlo.broadcast_in_dim"(%v74) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
        %v76 = "stablehlo.compare"(%v73, %v75) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v77 = "stablehlo.and"(%v72, %v76) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
        %v78 = "stablehlo.reshape"(%v77) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v80 = "stablehlo.gather"(%v79, %v46) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
        %v81 = "stablehlo.multiply"(%v80, %v80) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v82 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v86 = "stablehlo.reduce"(%v81, %v82) ({
          ^bb0(%v83: tensor<f32>, %v84: tensor<f32>):
            %v85 = "stablehlo.add"(%v83, %v84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v85) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v87 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v88 = "stablehlo.broadcast_in_dim"(%v87) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v89 = "stablehlo.divide"(%v86, %v88) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v90 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v91 = "stablehlo.broadcast_in_dim"(%v90) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v92 = "stablehlo.add"(%v89, %v91) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v93 = "stablehlo.rsqrt"(%v92) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v94 = "stablehlo.reshape"(%v93) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v95 = "stablehlo.broadcast_in_dim"(%v94) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v96 = "stablehlo.multiply"(%v80, %v95) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v98 = "stablehlo.broadcast_in_dim"(%v97) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v99 = "stablehlo.multiply"(%v96, %v98) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v100 = "stablehlo.reshape"(%v99) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v102 = "stablehlo.dot_general"(%v101, %v100) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v103 = "stablehlo.transpose"(%v102) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v104 = "stablehlo.reshape"(%v103) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v105 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v106 = "stablehlo.reshape"(%v105) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v107 = "stablehlo.transpose"(%v106) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v108 = "stablehlo.slice"(%v107) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v109 = "stablehlo.slice"(%v107) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v110 = "stablehlo.negate"(%v109) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v111 = "stablehlo.concatenate"(%v110, %v108) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v112 = "stablehlo.reshape"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v113 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
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
        %v126 = "stablehlo.reshape"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v127 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
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
        %v139 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v140 = "stablehlo.slice"(%v47) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v141 = "stablehlo.reshape"(%v140) : (tensor<1xi32>) -> tensor<i32>
        %v142 = "stablehlo.slice"(%v137) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v143 = "stablehlo.dynamic_update_slice"(%v50, %v142, %v139, %v141, %v136) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v144 = "stablehlo.slice"(%v138) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v145 = "stablehlo.dynamic_update_slice"(%v52, %v144, %v139, %v141, %v136) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v146 = "stablehlo.reshape"(%v118) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v147 = "stablehlo.reshape"(%v146) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v148 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v149 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
        %v150 = "stablehlo.reshape"(%v147) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v151 = "stablehlo.custom_call"(%v150, %v143, %v145, %v47, %v149, %v148) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v152 = "stablehlo.reshape"(%v151) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v153 = "stablehlo.reshape"(%v152) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v154 = "stablehlo.transpose"(%v153) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v155 = "stablehlo.reshape"(%v154) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v156 = "stablehlo.reshape"(%v155) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v158 = "stablehlo.dot_general"(%v157, %v156) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v159 = "stablehlo.transpose"(%v158) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v160 = "stablehlo.reshape"(%v159) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v161 = "stablehlo.add"(%v80, %v160) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v162 = "stablehlo.multiply"(%v161, %v161) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v163 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v167 = "stablehlo.reduce"(%v162, %v163) ({
          ^bb0(%v164: tensor<f32>, %v165: tensor<f32>):
            %v166 = "stablehlo.add"(%v164, %v165) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v166) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v168 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v169 = "stablehlo.broadcast_in_dim"(%v168) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v170 = "stablehlo.divide"(%v167, %v169) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v171 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v172 = "stablehlo.broadcast_in_dim"(%v171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v173 = "stablehlo.add"(%v170, %v172) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v174 = "stablehlo.rsqrt"(%v173) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v175 = "stablehlo.reshape"(%v174) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v176 = "stablehlo.broadcast_in_dim"(%v175) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v177 = "stablehlo.multiply"(%v161, %v176) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v179 = "stablehlo.broadcast_in_dim"(%v178) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v180 = "stablehlo.multiply"(%v177, %v179) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v181 = "stablehlo.reshape"(%v180) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v183 = "stablehlo.dot_general"(%v182, %v181) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v184 = "stablehlo.transpose"(%v183) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v185 = "stablehlo.reshape"(%v184) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v186 = "stablehlo.slice"(%v185) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v187 = "stablehlo.slice"(%v185) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v188 = "stablehlo.logistic"(%v186) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v189 = "stablehlo.multiply"(%v186, %v188) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v190 = "stablehlo.multiply"(%v189, %v187) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v191 = "stablehlo.reshape"(%v190) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v193 = "stablehlo.dot_general"(%v192, %v191) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v194 = "stablehlo.transpose"(%v193) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v195 = "stablehlo.reshape"(%v194) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v196 = "stablehlo.add"(%v161, %v195) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
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
        %v218 = "stablehlo.dot_general"(%v217, %v216) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v219 = "stablehlo.transpose"(%v218) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v220 = "stablehlo.reshape"(%v219) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v221 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v222 = "stablehlo.reshape"(%v221) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v223 = "stablehlo.transpose"(%v222) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v224 = "stablehlo.slice"(%v223) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v225 = "stablehlo.slice"(%v223) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v226 = "stablehlo.negate"(%v225) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v227 = "stablehlo.concatenate"(%v226, %v224) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v228 = "stablehlo.reshape"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v229 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v230 = "stablehlo.broadcast_in_dim"(%v228) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v231 = "stablehlo.multiply"(%v223, %v230) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v232 = "stablehlo.broadcast_in_dim"(%v229) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v233 = "stablehlo.multiply"(%v227, %v232) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v234 = "stablehlo.add"(%v231, %v233) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v235 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v236 = "stablehlo.reshape"(%v235) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v237 = "stablehlo.transpose"(%v236) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v238 = "stablehlo.slice"(%v237) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v239 = "stablehlo.slice"(%v237) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v240 = "stablehlo.negate"(%v239) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v241 = "stablehlo.concatenate"(%v240, %v238) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v242 = "stablehlo.reshape"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v243 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v244 = "stablehlo.broadcast_in_dim"(%v242) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v245 = "stablehlo.multiply"(%v237, %v244) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v246 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v247 = "stablehlo.multiply"(%v241, %v246) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v248 = "stablehlo.add"(%v245, %v247) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v249 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v250 = "stablehlo.reshape"(%v249) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v251 = "stablehlo.transpose"(%v250) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v252 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v253 = "stablehlo.reshape"(%v248) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v254 = "stablehlo.reshape"(%v251) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v255 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v256 = "stablehlo.slice"(%v47) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v257 = "stablehlo.reshape"(%v256) : (tensor<1xi32>) -> tensor<i32>
        %v258 = "stablehlo.slice"(%v253) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v259 = "stablehlo.dynamic_update_slice"(%v51, %v258, %v255, %v257, %v252) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v260 = "stablehlo.slice"(%v254) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v261 = "stablehlo.dynamic_update_slice"(%v53, %v260, %v255, %v257, %v252) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v262 = "stablehlo.reshape"(%v234) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v263 = "stablehlo.reshape"(%v262) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v264 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v265 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
        %v266 = "stablehlo.reshape"(%v263) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v267 = "stablehlo.custom_call"(%v266, %v259, %v261, %v47, %v265, %v264) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v268 = "stablehlo.reshape"(%v267) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v269 = "stablehlo.reshape"(%v268) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v270 = "stablehlo.transpose"(%v269) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v271 = "stablehlo.reshape"(%v270) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v272 = "stablehlo.reshape"(%v271) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v274 = "stablehlo.dot_general"(%v273, %v272) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v275 = "stablehlo.transpose"(%v274) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
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
        %v299 = "stablehlo.dot_general"(%v298, %v297) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v300 = "stablehlo.transpose"(%v299) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v301 = "stablehlo.reshape"(%v300) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v302 = "stablehlo.slice"(%v301) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v303 = "stablehlo.slice"(%v301) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v304 = "stablehlo.logistic"(%v302) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v305 = "stablehlo.multiply"(%v302, %v304) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v306 = "stablehlo.multiply"(%v305, %v303) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v307 = "stablehlo.reshape"(%v306) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v309 = "stablehlo.dot_general"(%v308, %v307) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v310 = "stablehlo.transpose"(%v309) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v311 = "stablehlo.reshape"(%v310) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v312 = "stablehlo.add"(%v277, %v311) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v313 = "stablehlo.multiply"(%v312, %v312) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v314 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v318 = "stablehlo.reduce"(%v313, %v314) ({
          ^bb0(%v315: tensor<f32>, %v316: tensor<f32>):
            %v317 = "stablehlo.add"(%v315, %v316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v317) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v319 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v320 = "stablehlo.broadcast_in_dim"(%v319) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v321 = "stablehlo.divide"(%v318, %v320) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v322 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v323 = "stablehlo.broadcast_in_dim"(%v322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v324 = "stablehlo.add"(%v321, %v323) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v325 = "stablehlo.rsqrt"(%v324) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v326 = "stablehlo.reshape"(%v325) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v327 = "stablehlo.broadcast_in_dim"(%v326) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v328 = "stablehlo.multiply"(%v312, %v327) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v330 = "stablehlo.broadcast_in_dim"(%v329) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v331 = "stablehlo.multiply"(%v328, %v330) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v332 = "stablehlo.reshape"(%v331) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v334 = "stablehlo.dot_general"(%v333, %v332) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
        %v335 = "stablehlo.transpose"(%v334) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
        %v336 = "stablehlo.reshape"(%v335) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v337 = "stablehlo.reshape"(%v336) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v338 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v339 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v340 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v352, %v353 = "stablehlo.reduce"(%v337, %v338, %v339, %v340) ({
          ^bb0(%v341: tensor<f32>, %v342: tensor<i32>, %v343: tensor<f32>, %v344: tensor<i32>):
            %v345 = "stablehlo.compare"(%v343, %v341) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v346 = "stablehlo.compare"(%v343, %v341) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v347 = "stablehlo.compare"(%v344, %v342) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v348 = "stablehlo.and"(%v346, %v347) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v349 = "stablehlo.or"(%v345, %v348) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v350 = "stablehlo.select"(%v349, %v343, %v341) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v351 = "stablehlo.select"(%v349, %v344, %v342) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v350, %v351) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v354 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v355 = "stablehlo.compare"(%v48, %v354) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v356 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v357 = "stablehlo.broadcast_in_dim"(%v356) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v358 = "stablehlo.select"(%v355, %v353, %v357) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v359 = "stablehlo.reshape"(%v358) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v360 = "stablehlo.dynamic_update_slice"(%v49, %v359, %v54, %v45) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v361 = "stablehlo.reshape"(%v353) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v362 = "stablehlo.broadcast_in_dim"(%v361) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v364 = "stablehlo.compare"(%v362, %v363) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v365 = "stablehlo.convert"(%v364) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v366 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v370 = "stablehlo.reduce"(%v365, %v366) ({
          ^bb0(%v367: tensor<i32>, %v368: tensor<i32>):
            %v369 = "stablehlo.maximum"(%v367, %v368) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v369) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v371 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v372 = "stablehlo.compare"(%v370, %v371) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v373 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v374 = "stablehlo.broadcast_in_dim"(%v373) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v375 = "stablehlo.subtract"(%v48, %v374) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v376 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v377 = "stablehlo.maximum"(%v375, %v376) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v378 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v379 = "stablehlo.select"(%v372, %v378, %v377) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v380 = "stablehlo.reshape"(%v355) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v381 = "stablehlo.reshape"(%v353) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v382 = "stablehlo.select"(%v380, %v381, %v46) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v383 = "stablehlo.convert"(%v355) : (tensor<1xi1>) -> tensor<1xi32>
        %v384 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v385 = "stablehlo.add"(%v45, %v384) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v386 = "stablehlo.add"(%v47, %v383) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        "stablehlo.return"(%v385, %v382, %v386, %v379, %v360, %v143, %v259, %v145, %v261, %v79, %v97, %v101, %v157, %v178, %v182, %v192, %v213, %v217, %v273, %v294, %v298, %v308, %v329, %v333, %v363) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>)
    "func.return"(%v416, %v417, %v418, %v419, %v420) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
