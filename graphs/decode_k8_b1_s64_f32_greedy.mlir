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
    %v403, %v404, %v405, %v406, %v407, %v408, %v409, %v410, %v411, %v412, %v413, %v414, %v415, %v416, %v417, %v418, %v419, %v420, %v421, %v422, %v423, %v424, %v425, %v426, %v427 = "stablehlo.while"(%v23, %v15, %v16, %v17, %v24, %v19, %v20, %v21, %v22, %v0, %v1, %v2, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v18) ({
      ^bb0(%v25: tensor<i32>, %v26: tensor<1x1xi32>, %v27: tensor<1xi32>, %v28: tensor<1xi32>, %v29: tensor<1x8xi32>, %v30: tensor<2x64x16xf32>, %v31: tensor<2x64x16xf32>, %v32: tensor<2x64x16xf32>, %v33: tensor<2x64x16xf32>, %v387: tensor<96x64xf32>, %v388: tensor<64xf32>, %v389: tensor<128x64xf32>, %v390: tensor<64x64xf32>, %v391: tensor<64xf32>, %v392: tensor<320x64xf32>, %v393: tensor<64x160xf32>, %v394: tensor<64xf32>, %v395: tensor<128x64xf32>, %v396: tensor<64x64xf32>, %v397: tensor<64xf32>, %v398: tensor<320x64xf32>, %v399: tensor<64x160xf32>, %v400: tensor<64xf32>, %v401: tensor<96x64xf32>, %v402: tensor<1x8xi32>):
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
      ^bb0(%v45: tensor<i32>, %v46: tensor<1x1xi32>, %v47: tensor<1xi32>, %v48: tensor<1xi32>, %v49: tensor<1x8xi32>, %v50: tensor<2x64x16xf32>, %v51: tensor<2x64x16xf32>, %v52: tensor<2x64x16xf32>, %v53: tensor<2x64x16xf32>, %v79: tensor<96x64xf32>, %v97: tensor<64xf32>, %v101: tensor<128x64xf32>, %v156: tensor<64x64xf32>, %v176: tensor<64xf32>, %v180: tensor<320x64xf32>, %v189: tensor<64x160xf32>, %v209: tensor<64xf32>, %v213: tensor<128x64xf32>, %v268: tensor<64x64xf32>, %v288: tensor<64xf32>, %v292: tensor<320x64xf32>, %v301: tensor<64x160xf32>, %v321: tensor<64xf32>, %v325: tensor<96x64xf32>, %v354: tensor<1x8xi32>):
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
        %v102 = "stablehlo.custom_call"(%v100, %v101) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v103 = "stablehlo.reshape"(%v102) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v104 = "stablehlo.slice"(%v103) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v105 = "stablehlo.reshape"(%v104) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v106 = "stablehlo.transpose"(%v105) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v107 = "stablehlo.slice"(%v106) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v108 = "stablehlo.slice"(%v106) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v109 = "stablehlo.negate"(%v108) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v110 = "stablehlo.concatenate"(%v109, %v107) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v111 = "stablehlo.reshape"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v112 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v113 = "stablehlo.broadcast_in_dim"(%v111) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v114 = "stablehlo.multiply"(%v106, %v113) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v115 = "stablehlo.broadcast_in_dim"(%v112) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v116 = "stablehlo.multiply"(%v110, %v115) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v117 = "stablehlo.add"(%v114, %v116) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v118 = "stablehlo.slice"(%v103) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v119 = "stablehlo.reshape"(%v118) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v120 = "stablehlo.transpose"(%v119) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v121 = "stablehlo.slice"(%v120) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v122 = "stablehlo.slice"(%v120) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v123 = "stablehlo.negate"(%v122) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v124 = "stablehlo.concatenate"(%v123, %v121) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v125 = "stablehlo.reshape"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v126 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v127 = "stablehlo.broadcast_in_dim"(%v125) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v128 = "stablehlo.multiply"(%v120, %v127) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v129 = "stablehlo.broadcast_in_dim"(%v126) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v130 = "stablehlo.multiply"(%v124, %v129) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v131 = "stablehlo.add"(%v128, %v130) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v132 = "stablehlo.slice"(%v103) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v133 = "stablehlo.reshape"(%v132) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v134 = "stablehlo.transpose"(%v133) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v135 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v136 = "stablehlo.reshape"(%v131) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v137 = "stablehlo.reshape"(%v134) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v138 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v139 = "stablehlo.slice"(%v47) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v140 = "stablehlo.reshape"(%v139) : (tensor<1xi32>) -> tensor<i32>
        %v141 = "stablehlo.slice"(%v136) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v142 = "stablehlo.dynamic_update_slice"(%v50, %v141, %v138, %v140, %v135) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v143 = "stablehlo.slice"(%v137) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v144 = "stablehlo.dynamic_update_slice"(%v52, %v143, %v138, %v140, %v135) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v145 = "stablehlo.reshape"(%v117) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v146 = "stablehlo.reshape"(%v145) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v147 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v148 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
        %v149 = "stablehlo.reshape"(%v146) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v150 = "stablehlo.custom_call"(%v149, %v142, %v144, %v47, %v148, %v147) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v151 = "stablehlo.reshape"(%v150) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v152 = "stablehlo.reshape"(%v151) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v153 = "stablehlo.transpose"(%v152) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v154 = "stablehlo.reshape"(%v153) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v155 = "stablehlo.reshape"(%v154) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v157 = "stablehlo.custom_call"(%v155, %v156) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v158 = "stablehlo.reshape"(%v157) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v159 = "stablehlo.add"(%v80, %v158) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v160 = "stablehlo.multiply"(%v159, %v159) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v161 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v165 = "stablehlo.reduce"(%v160, %v161) ({
          ^bb0(%v162: tensor<f32>, %v163: tensor<f32>):
            %v164 = "stablehlo.add"(%v162, %v163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v164) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v166 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v167 = "stablehlo.broadcast_in_dim"(%v166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v168 = "stablehlo.divide"(%v165, %v167) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v169 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v171 = "stablehlo.add"(%v168, %v170) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v172 = "stablehlo.rsqrt"(%v171) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v173 = "stablehlo.reshape"(%v172) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v174 = "stablehlo.broadcast_in_dim"(%v173) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v175 = "stablehlo.multiply"(%v159, %v174) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v177 = "stablehlo.broadcast_in_dim"(%v176) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v178 = "stablehlo.multiply"(%v175, %v177) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v179 = "stablehlo.reshape"(%v178) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v181 = "stablehlo.custom_call"(%v179, %v180) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v182 = "stablehlo.reshape"(%v181) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v183 = "stablehlo.slice"(%v182) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v184 = "stablehlo.slice"(%v182) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v185 = "stablehlo.logistic"(%v183) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v186 = "stablehlo.multiply"(%v183, %v185) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v187 = "stablehlo.multiply"(%v186, %v184) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v188 = "stablehlo.reshape"(%v187) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v190 = "stablehlo.custom_call"(%v188, %v189) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v191 = "stablehlo.reshape"(%v190) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v192 = "stablehlo.add"(%v159, %v191) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v193 = "stablehlo.multiply"(%v192, %v192) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v194 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v198 = "stablehlo.reduce"(%v193, %v194) ({
          ^bb0(%v195: tensor<f32>, %v196: tensor<f32>):
            %v197 = "stablehlo.add"(%v195, %v196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v197) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v199 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v200 = "stablehlo.broadcast_in_dim"(%v199) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v201 = "stablehlo.divide"(%v198, %v200) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v202 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v203 = "stablehlo.broadcast_in_dim"(%v202) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v204 = "stablehlo.add"(%v201, %v203) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v205 = "stablehlo.rsqrt"(%v204) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v206 = "stablehlo.reshape"(%v205) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v207 = "stablehlo.broadcast_in_dim"(%v206) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v208 = "stablehlo.multiply"(%v192, %v207) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v210 = "stablehlo.broadcast_in_dim"(%v209) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v211 = "stablehlo.multiply"(%v208, %v210) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v212 = "stablehlo.reshape"(%v211) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v214 = "stablehlo.custom_call"(%v212, %v213) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<128x64xf32>) -> tensor<1x128xf32>
        %v215 = "stablehlo.reshape"(%v214) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v216 = "stablehlo.slice"(%v215) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
        %v217 = "stablehlo.reshape"(%v216) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v218 = "stablehlo.transpose"(%v217) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v219 = "stablehlo.slice"(%v218) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v220 = "stablehlo.slice"(%v218) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v221 = "stablehlo.negate"(%v220) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v222 = "stablehlo.concatenate"(%v221, %v219) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v223 = "stablehlo.reshape"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v224 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v225 = "stablehlo.broadcast_in_dim"(%v223) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v226 = "stablehlo.multiply"(%v218, %v225) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v227 = "stablehlo.broadcast_in_dim"(%v224) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v228 = "stablehlo.multiply"(%v222, %v227) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v229 = "stablehlo.add"(%v226, %v228) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v230 = "stablehlo.slice"(%v215) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v231 = "stablehlo.reshape"(%v230) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v232 = "stablehlo.transpose"(%v231) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v233 = "stablehlo.slice"(%v232) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v234 = "stablehlo.slice"(%v232) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v235 = "stablehlo.negate"(%v234) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v236 = "stablehlo.concatenate"(%v235, %v233) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v237 = "stablehlo.reshape"(%v65) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v238 = "stablehlo.reshape"(%v66) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v239 = "stablehlo.broadcast_in_dim"(%v237) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v240 = "stablehlo.multiply"(%v232, %v239) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v241 = "stablehlo.broadcast_in_dim"(%v238) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v242 = "stablehlo.multiply"(%v236, %v241) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v243 = "stablehlo.add"(%v240, %v242) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v244 = "stablehlo.slice"(%v215) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
        %v245 = "stablehlo.reshape"(%v244) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v246 = "stablehlo.transpose"(%v245) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v247 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v248 = "stablehlo.reshape"(%v243) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v249 = "stablehlo.reshape"(%v246) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v250 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v251 = "stablehlo.slice"(%v47) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v252 = "stablehlo.reshape"(%v251) : (tensor<1xi32>) -> tensor<i32>
        %v253 = "stablehlo.slice"(%v248) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v254 = "stablehlo.dynamic_update_slice"(%v51, %v253, %v250, %v252, %v247) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v255 = "stablehlo.slice"(%v249) {limit_indices = array<i64: 2, 1, 16>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x1x16xf32>) -> tensor<2x1x16xf32>
        %v256 = "stablehlo.dynamic_update_slice"(%v53, %v255, %v250, %v252, %v247) : (tensor<2x64x16xf32>, tensor<2x1x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v257 = "stablehlo.reshape"(%v229) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v258 = "stablehlo.reshape"(%v257) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v259 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v260 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xi32>
        %v261 = "stablehlo.reshape"(%v258) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
        %v262 = "stablehlo.custom_call"(%v261, %v254, %v256, %v47, %v260, %v259) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention"} : (tensor<2x2x1x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
        %v263 = "stablehlo.reshape"(%v262) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v264 = "stablehlo.reshape"(%v263) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v265 = "stablehlo.transpose"(%v264) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v266 = "stablehlo.reshape"(%v265) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v267 = "stablehlo.reshape"(%v266) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v269 = "stablehlo.custom_call"(%v267, %v268) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
        %v270 = "stablehlo.reshape"(%v269) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v271 = "stablehlo.add"(%v192, %v270) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v272 = "stablehlo.multiply"(%v271, %v271) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v273 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v277 = "stablehlo.reduce"(%v272, %v273) ({
          ^bb0(%v274: tensor<f32>, %v275: tensor<f32>):
            %v276 = "stablehlo.add"(%v274, %v275) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v276) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v278 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v279 = "stablehlo.broadcast_in_dim"(%v278) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v280 = "stablehlo.divide"(%v277, %v279) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v281 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v282 = "stablehlo.broadcast_in_dim"(%v281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v283 = "stablehlo.add"(%v280, %v282) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v284 = "stablehlo.rsqrt"(%v283) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v285 = "stablehlo.reshape"(%v284) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v286 = "stablehlo.broadcast_in_dim"(%v285) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v287 = "stablehlo.multiply"(%v271, %v286) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v289 = "stablehlo.broadcast_in_dim"(%v288) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v290 = "stablehlo.multiply"(%v287, %v289) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v291 = "stablehlo.reshape"(%v290) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v293 = "stablehlo.custom_call"(%v291, %v292) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<320x64xf32>) -> tensor<1x320xf32>
        %v294 = "stablehlo.reshape"(%v293) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v295 = "stablehlo.slice"(%v294) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v296 = "stablehlo.slice"(%v294) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
        %v297 = "stablehlo.logistic"(%v295) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v298 = "stablehlo.multiply"(%v295, %v297) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v299 = "stablehlo.multiply"(%v298, %v296) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v300 = "stablehlo.reshape"(%v299) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v302 = "stablehlo.custom_call"(%v300, %v301) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x160xf32>, tensor<64x160xf32>) -> tensor<1x64xf32>
        %v303 = "stablehlo.reshape"(%v302) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v304 = "stablehlo.add"(%v271, %v303) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v305 = "stablehlo.multiply"(%v304, %v304) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v306 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v310 = "stablehlo.reduce"(%v305, %v306) ({
          ^bb0(%v307: tensor<f32>, %v308: tensor<f32>):
            %v309 = "stablehlo.add"(%v307, %v308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v309) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v311 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v312 = "stablehlo.broadcast_in_dim"(%v311) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v313 = "stablehlo.divide"(%v310, %v312) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v314 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v315 = "stablehlo.broadcast_in_dim"(%v314) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v316 = "stablehlo.add"(%v313, %v315) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v317 = "stablehlo.rsqrt"(%v316) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v318 = "stablehlo.reshape"(%v317) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v319 = "stablehlo.broadcast_in_dim"(%v318) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v320 = "stablehlo.multiply"(%v304, %v319) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v322 = "stablehlo.broadcast_in_dim"(%v321) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v323 = "stablehlo.multiply"(%v320, %v322) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v324 = "stablehlo.reshape"(%v323) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v326 = "stablehlo.custom_call"(%v324, %v325) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec"} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
        %v327 = "stablehlo.reshape"(%v326) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v328 = "stablehlo.reshape"(%v327) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v329 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v330 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v331 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v343, %v344 = "stablehlo.reduce"(%v328, %v329, %v330, %v331) ({
          ^bb0(%v332: tensor<f32>, %v333: tensor<i32>, %v334: tensor<f32>, %v335: tensor<i32>):
            %v336 = "stablehlo.compare"(%v334, %v332) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v337 = "stablehlo.compare"(%v334, %v332) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v338 = "stablehlo.compare"(%v335, %v333) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v339 = "stablehlo.and"(%v337, %v338) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v340 = "stablehlo.or"(%v336, %v339) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v341 = "stablehlo.select"(%v340, %v334, %v332) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v342 = "stablehlo.select"(%v340, %v335, %v333) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v341, %v342) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v345 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v346 = "stablehlo.compare"(%v48, %v345) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v347 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v348 = "stablehlo.broadcast_in_dim"(%v347) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v349 = "stablehlo.select"(%v346, %v344, %v348) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v350 = "stablehlo.reshape"(%v349) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v351 = "stablehlo.dynamic_update_slice"(%v49, %v350, %v54, %v45) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v352 = "stablehlo.reshape"(%v344) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v353 = "stablehlo.broadcast_in_dim"(%v352) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v355 = "stablehlo.compare"(%v353, %v354) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v356 = "stablehlo.convert"(%v355) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v357 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v361 = "stablehlo.reduce"(%v356, %v357) ({
          ^bb0(%v358: tensor<i32>, %v359: tensor<i32>):
            %v360 = "stablehlo.maximum"(%v358, %v359) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v360) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v362 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v363 = "stablehlo.compare"(%v361, %v362) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v364 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v365 = "stablehlo.broadcast_in_dim"(%v364) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v366 = "stablehlo.subtract"(%v48, %v365) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v367 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v368 = "stablehlo.maximum"(%v366, %v367) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v369 = "stablehlo.broadcast_in_dim"(%v54) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v370 = "stablehlo.select"(%v363, %v369, %v368) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v371 = "stablehlo.reshape"(%v346) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v372 = "stablehlo.reshape"(%v344) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v373 = "stablehlo.select"(%v371, %v372, %v46) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v374 = "stablehlo.convert"(%v346) : (tensor<1xi1>) -> tensor<1xi32>
        %v375 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v376 = "stablehlo.add"(%v45, %v375) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v377 = "stablehlo.add"(%v47, %v374) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        "stablehlo.return"(%v376, %v373, %v377, %v370, %v351, %v142, %v254, %v144, %v256, %v79, %v97, %v101, %v156, %v176, %v180, %v189, %v209, %v213, %v268, %v288, %v292, %v301, %v321, %v325, %v354) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>)
    "func.return"(%v407, %v408, %v409, %v410, %v411) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
