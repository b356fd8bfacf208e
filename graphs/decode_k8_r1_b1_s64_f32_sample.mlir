module @decode_k8_r1_b1_s64_f32_sample attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v9: tensor<1x1xi32> {xlagen.name = "tokens"},
      %v10: tensor<1xi32> {xlagen.name = "start"},
      %v11: tensor<1xi32> {xlagen.name = "slots"},
      %v12: tensor<1xi32> {xlagen.name = "budget"},
      %v13: tensor<1x8xi32> {xlagen.name = "stop_ids"},
      %v14: tensor<4x64x16xf32> {tf.aliasing_output = 1 : i32, xlagen.name = "k_cache"},
      %v15: tensor<4x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "v_cache"},
      %v16: tensor<1xf32> {xlagen.name = "temperature"},
      %v17: tensor<1xi32> {xlagen.name = "top_k"},
      %v18: tensor<1xf32> {xlagen.name = "top_p"},
      %v19: tensor<1x3xui32> {xlagen.name = "rng_key"}
  ) -> (tensor<1x8xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>) {
    %v20 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v21 = "stablehlo.constant"() {value = dense<-1> : tensor<1x8xi32>} : () -> tensor<1x8xi32>
    %v682, %v683, %v684, %v685, %v686, %v687, %v688, %v689, %v690, %v691, %v692, %v693, %v694, %v695, %v696, %v697, %v698, %v699, %v700, %v701, %v702, %v703 = "stablehlo.while"(%v20, %v9, %v10, %v12, %v21, %v19, %v14, %v15, %v0, %v1, %v4, %v2, %v11, %v3, %v5, %v6, %v7, %v8, %v16, %v17, %v18, %v13) ({
      ^bb0(%v22: tensor<i32>, %v23: tensor<1x1xi32>, %v24: tensor<1xi32>, %v25: tensor<1xi32>, %v26: tensor<1x8xi32>, %v27: tensor<1x3xui32>, %v28: tensor<4x64x16xf32>, %v29: tensor<4x64x16xf32>, %v668: tensor<96x64xf32>, %v669: tensor<128xf32>, %v670: tensor<128xf32>, %v671: tensor<256x64xf32>, %v672: tensor<1xi32>, %v673: tensor<128x64xf32>, %v674: tensor<640x64xf32>, %v675: tensor<128x160xf32>, %v676: tensor<64xf32>, %v677: tensor<96x64xf32>, %v678: tensor<1xf32>, %v679: tensor<1xi32>, %v680: tensor<1xf32>, %v681: tensor<1x8xi32>):
        %v30 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v34 = "stablehlo.reduce"(%v25, %v30) ({
          ^bb0(%v31: tensor<i32>, %v32: tensor<i32>):
            %v33 = "stablehlo.maximum"(%v31, %v32) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v33) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %v35 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v36 = "stablehlo.compare"(%v34, %v35) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v37 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v38 = "stablehlo.compare"(%v22, %v37) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v39 = "stablehlo.and"(%v38, %v36) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%v39) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v41: tensor<i32>, %v42: tensor<1x1xi32>, %v43: tensor<1xi32>, %v44: tensor<1xi32>, %v45: tensor<1x8xi32>, %v46: tensor<1x3xui32>, %v47: tensor<4x64x16xf32>, %v48: tensor<4x64x16xf32>, %v74: tensor<96x64xf32>, %v93: tensor<128xf32>, %v99: tensor<128xf32>, %v121: tensor<256x64xf32>, %v159: tensor<1xi32>, %v193: tensor<128x64xf32>, %v217: tensor<640x64xf32>, %v227: tensor<128x160xf32>, %v278: tensor<64xf32>, %v282: tensor<96x64xf32>, %v286: tensor<1xf32>, %v307: tensor<1xi32>, %v378: tensor<1xf32>, %v631: tensor<1x8xi32>):
        %v49 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v50 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
        %v51 = "stablehlo.reshape"(%v43) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v52 = "stablehlo.add"(%v50, %v51) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v53 = "stablehlo.convert"(%v52) : (tensor<1x1xi32>) -> tensor<1x1xf32>
        %v54 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
        %v55 = "stablehlo.reshape"(%v53) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v56 = "stablehlo.reshape"(%v54) : (tensor<8xf32>) -> tensor<1x1x8xf32>
        %v57 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
        %v58 = "stablehlo.multiply"(%v57, %v56) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
        %v59 = "stablehlo.concatenate"(%v58, %v58) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
        %v60 = "stablehlo.cosine"(%v59) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v61 = "stablehlo.sine"(%v59) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v62 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
        %v63 = "stablehlo.reshape"(%v43) : (tensor<1xi32>) -> tensor<1x1x1xi32>
        %v64 = "stablehlo.broadcast_in_dim"(%v63) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
        %v65 = "stablehlo.add"(%v62, %v64) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v66 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
        %v67 = "stablehlo.compare"(%v66, %v65) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v68 = "stablehlo.subtract"(%v65, %v66) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v69 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v70 = "stablehlo.broadcast_in_dim"(%v69) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
        %v71 = "stablehlo.compare"(%v68, %v70) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v72 = "stablehlo.and"(%v67, %v71) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
        %v73 = "stablehlo.reshape"(%v72) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v75 = "stablehlo.gather"(%v74, %v42) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
        %v76 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v248, %v249, %v250, %v251, %v252, %v253, %v254, %v255, %v256, %v257, %v258, %v259, %v260, %v261 = "stablehlo.while"(%v76, %v75, %v47, %v48, %v93, %v99, %v121, %v60, %v61, %v159, %v43, %v193, %v217, %v227) ({
          ^bb0(%v77: tensor<i32>, %v78: tensor<1x1x64xf32>, %v79: tensor<4x64x16xf32>, %v80: tensor<4x64x16xf32>, %v238: tensor<128xf32>, %v239: tensor<128xf32>, %v240: tensor<256x64xf32>, %v241: tensor<1x1x16xf32>, %v242: tensor<1x1x16xf32>, %v243: tensor<1xi32>, %v244: tensor<1xi32>, %v245: tensor<128x64xf32>, %v246: tensor<640x64xf32>, %v247: tensor<128x160xf32>):
            %v81 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
            %v82 = "stablehlo.compare"(%v77, %v81) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v82) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v84: tensor<i32>, %v85: tensor<1x1x64xf32>, %v86: tensor<4x64x16xf32>, %v87: tensor<4x64x16xf32>, %v94: tensor<128xf32>, %v100: tensor<128xf32>, %v122: tensor<256x64xf32>, %v132: tensor<1x1x16xf32>, %v134: tensor<1x1x16xf32>, %v160: tensor<1xi32>, %v169: tensor<1xi32>, %v194: tensor<128x64xf32>, %v218: tensor<640x64xf32>, %v228: tensor<128x160xf32>):
            %v88 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v89 = "stablehlo.multiply"(%v84, %v88) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v90 = "stablehlo.constant"() {value = dense<64> : tensor<i32>} : () -> tensor<i32>
            %v91 = "stablehlo.multiply"(%v84, %v90) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v92 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %v95 = "stablehlo.dynamic_slice"(%v94, %v91) {slice_sizes = array<i64: 64>} : (tensor<128xf32>, tensor<i32>) -> tensor<64xf32>
            %v96 = "stablehlo.constant"() {value = dense<64> : tensor<i32>} : () -> tensor<i32>
            %v97 = "stablehlo.multiply"(%v84, %v96) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v98 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %v101 = "stablehlo.dynamic_slice"(%v100, %v97) {slice_sizes = array<i64: 64>} : (tensor<128xf32>, tensor<i32>) -> tensor<64xf32>
            %v102 = "stablehlo.multiply"(%v85, %v85) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v103 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
            %v107 = "stablehlo.reduce"(%v102, %v103) ({
              ^bb0(%v104: tensor<f32>, %v105: tensor<f32>):
                %v106 = "stablehlo.add"(%v104, %v105) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%v106) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
            %v108 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
            %v109 = "stablehlo.broadcast_in_dim"(%v108) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
            %v110 = "stablehlo.divide"(%v107, %v109) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
            %v111 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
            %v112 = "stablehlo.broadcast_in_dim"(%v111) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
            %v113 = "stablehlo.add"(%v110, %v112) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
            %v114 = "stablehlo.rsqrt"(%v113) : (tensor<1x1xf32>) -> tensor<1x1xf32>
            %v115 = "stablehlo.reshape"(%v114) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
            %v116 = "stablehlo.broadcast_in_dim"(%v115) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
            %v117 = "stablehlo.multiply"(%v85, %v116) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v118 = "stablehlo.broadcast_in_dim"(%v95) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
            %v119 = "stablehlo.multiply"(%v117, %v118) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v120 = "stablehlo.reshape"(%v119) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
            %v123 = "stablehlo.custom_call"(%v120, %v122, %v84) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<256x64xf32>, tensor<i32>) -> tensor<1x128xf32>
            %v124 = "stablehlo.reshape"(%v123) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
            %v125 = "stablehlo.slice"(%v124) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
            %v126 = "stablehlo.reshape"(%v125) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
            %v127 = "stablehlo.transpose"(%v126) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
            %v128 = "stablehlo.slice"(%v127) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
            %v129 = "stablehlo.slice"(%v127) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
            %v130 = "stablehlo.negate"(%v129) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
            %v131 = "stablehlo.concatenate"(%v130, %v128) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
            %v133 = "stablehlo.reshape"(%v132) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
            %v135 = "stablehlo.reshape"(%v134) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
            %v136 = "stablehlo.broadcast_in_dim"(%v133) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v137 = "stablehlo.multiply"(%v127, %v136) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v138 = "stablehlo.broadcast_in_dim"(%v135) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v139 = "stablehlo.multiply"(%v131, %v138) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v140 = "stablehlo.add"(%v137, %v139) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v141 = "stablehlo.slice"(%v124) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
            %v142 = "stablehlo.reshape"(%v141) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
            %v143 = "stablehlo.transpose"(%v142) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
            %v144 = "stablehlo.slice"(%v143) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
            %v145 = "stablehlo.slice"(%v143) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
            %v146 = "stablehlo.negate"(%v145) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
            %v147 = "stablehlo.concatenate"(%v146, %v144) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
            %v148 = "stablehlo.reshape"(%v132) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
            %v149 = "stablehlo.reshape"(%v134) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
            %v150 = "stablehlo.broadcast_in_dim"(%v148) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v151 = "stablehlo.multiply"(%v143, %v150) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v152 = "stablehlo.broadcast_in_dim"(%v149) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v153 = "stablehlo.multiply"(%v147, %v152) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v154 = "stablehlo.add"(%v151, %v153) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v155 = "stablehlo.slice"(%v124) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
            %v156 = "stablehlo.reshape"(%v155) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
            %v157 = "stablehlo.transpose"(%v156) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
            %v158 = "stablehlo.broadcast_in_dim"(%v89) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
            %v161 = "stablehlo.add"(%v160, %v158) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
            %v162 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
            %v163 = "stablehlo.broadcast_in_dim"(%v162) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
            %v164 = "stablehlo.multiply"(%v161, %v163) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
            %v165 = "stablehlo.reshape"(%v164) : (tensor<1xi32>) -> tensor<1x1xi32>
            %v166 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
            %v167 = "stablehlo.broadcast_in_dim"(%v165) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
            %v168 = "stablehlo.add"(%v167, %v166) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
            %v170 = "stablehlo.reshape"(%v169) : (tensor<1xi32>) -> tensor<1x1xi32>
            %v171 = "stablehlo.broadcast_in_dim"(%v170) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
            %v172 = "stablehlo.reshape"(%v168) : (tensor<1x2xi32>) -> tensor<2x1xi32>
            %v173 = "stablehlo.reshape"(%v171) : (tensor<1x2xi32>) -> tensor<2x1xi32>
            %v174 = "stablehlo.concatenate"(%v172, %v173) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
            %v175 = "stablehlo.reshape"(%v154) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
            %v176 = "stablehlo.reshape"(%v157) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
            %v179 = "stablehlo.scatter"(%v86, %v174, %v175) ({
              ^bb0(%v177: tensor<f32>, %v178: tensor<f32>):
                "stablehlo.return"(%v178) : (tensor<f32>) -> ()
            }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<4x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<4x64x16xf32>
            %v182 = "stablehlo.scatter"(%v87, %v174, %v176) ({
              ^bb0(%v180: tensor<f32>, %v181: tensor<f32>):
                "stablehlo.return"(%v181) : (tensor<f32>) -> ()
            }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<4x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<4x64x16xf32>
            %v183 = "stablehlo.reshape"(%v140) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
            %v184 = "stablehlo.reshape"(%v183) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
            %v185 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
            %v186 = "stablehlo.reshape"(%v184) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
            %v187 = "stablehlo.custom_call"(%v186, %v179, %v182, %v169, %v161, %v185) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x1x16xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
            %v188 = "stablehlo.reshape"(%v187) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
            %v189 = "stablehlo.reshape"(%v188) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
            %v190 = "stablehlo.transpose"(%v189) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
            %v191 = "stablehlo.reshape"(%v190) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
            %v192 = "stablehlo.reshape"(%v191) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
            %v195 = "stablehlo.custom_call"(%v192, %v194, %v84) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<128x64xf32>, tensor<i32>) -> tensor<1x64xf32>
            %v196 = "stablehlo.reshape"(%v195) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
            %v197 = "stablehlo.add"(%v85, %v196) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v198 = "stablehlo.multiply"(%v197, %v197) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v199 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
            %v203 = "stablehlo.reduce"(%v198, %v199) ({
              ^bb0(%v200: tensor<f32>, %v201: tensor<f32>):
                %v202 = "stablehlo.add"(%v200, %v201) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%v202) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
            %v204 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
            %v205 = "stablehlo.broadcast_in_dim"(%v204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
            %v206 = "stablehlo.divide"(%v203, %v205) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
            %v207 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
            %v208 = "stablehlo.broadcast_in_dim"(%v207) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
            %v209 = "stablehlo.add"(%v206, %v208) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
            %v210 = "stablehlo.rsqrt"(%v209) : (tensor<1x1xf32>) -> tensor<1x1xf32>
            %v211 = "stablehlo.reshape"(%v210) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
            %v212 = "stablehlo.broadcast_in_dim"(%v211) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
            %v213 = "stablehlo.multiply"(%v197, %v212) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v214 = "stablehlo.broadcast_in_dim"(%v101) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
            %v215 = "stablehlo.multiply"(%v213, %v214) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v216 = "stablehlo.reshape"(%v215) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
            %v219 = "stablehlo.custom_call"(%v216, %v218, %v84) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<640x64xf32>, tensor<i32>) -> tensor<1x320xf32>
            %v220 = "stablehlo.reshape"(%v219) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
            %v221 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
            %v222 = "stablehlo.slice"(%v220) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
            %v223 = "stablehlo.logistic"(%v221) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
            %v224 = "stablehlo.multiply"(%v221, %v223) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
            %v225 = "stablehlo.multiply"(%v224, %v222) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
            %v226 = "stablehlo.reshape"(%v225) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
            %v229 = "stablehlo.custom_call"(%v226, %v228, %v84) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x160xf32>, tensor<128x160xf32>, tensor<i32>) -> tensor<1x64xf32>
            %v230 = "stablehlo.reshape"(%v229) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
            %v231 = "stablehlo.add"(%v197, %v230) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v232 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v233 = "stablehlo.add"(%v84, %v232) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v233, %v231, %v179, %v182, %v94, %v100, %v122, %v132, %v134, %v160, %v169, %v194, %v218, %v228) : (tensor<i32>, tensor<1x1x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>) -> ()
        }) : (tensor<i32>, tensor<1x1x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>) -> (tensor<i32>, tensor<1x1x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>)
        %v262 = "stablehlo.multiply"(%v249, %v249) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v263 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v267 = "stablehlo.reduce"(%v262, %v263) ({
          ^bb0(%v264: tensor<f32>, %v265: tensor<f32>):
            %v266 = "stablehlo.add"(%v264, %v265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v266) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v268 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v269 = "stablehlo.broadcast_in_dim"(%v268) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v270 = "stablehlo.divide"(%v267, %v269) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v271 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v272 = "stablehlo.broadcast_in_dim"(%v271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v273 = "stablehlo.add"(%v270, %v272) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v274 = "stablehlo.rsqrt"(%v273) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v275 = "stablehlo.reshape"(%v274) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v276 = "stablehlo.broadcast_in_dim"(%v275) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v277 = "stablehlo.multiply"(%v249, %v276) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v279 = "stablehlo.broadcast_in_dim"(%v278) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v280 = "stablehlo.multiply"(%v277, %v279) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v281 = "stablehlo.reshape"(%v280) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v283 = "stablehlo.custom_call"(%v281, %v282) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
        %v284 = "stablehlo.reshape"(%v283) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v285 = "stablehlo.reshape"(%v284) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v287 = "stablehlo.reshape"(%v286) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v288 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v289 = "stablehlo.broadcast_in_dim"(%v288) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v290 = "stablehlo.compare"(%v287, %v289) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v291 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v292 = "stablehlo.broadcast_in_dim"(%v291) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v293 = "stablehlo.select"(%v290, %v292, %v287) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v294 = "stablehlo.broadcast_in_dim"(%v293) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v295 = "stablehlo.divide"(%v285, %v294) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v296 = "stablehlo.bitcast_convert"(%v295) : (tensor<1x96xf32>) -> tensor<1x96xui32>
        %v297 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v298 = "stablehlo.broadcast_in_dim"(%v297) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v299 = "stablehlo.compare"(%v296, %v298) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v300 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
        %v301 = "stablehlo.broadcast_in_dim"(%v300) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v302 = "stablehlo.xor"(%v296, %v301) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v303 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v304 = "stablehlo.broadcast_in_dim"(%v303) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v305 = "stablehlo.or"(%v296, %v304) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v306 = "stablehlo.select"(%v299, %v302, %v305) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v308 = "stablehlo.reshape"(%v307) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v309 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v310 = "stablehlo.broadcast_in_dim"(%v309) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
        %v311 = "stablehlo.compare"(%v308, %v310) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v312 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v313 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v314 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v353, %v354, %v355, %v356, %v357 = "stablehlo.while"(%v312, %v313, %v314, %v306, %v308) ({
          ^bb0(%v315: tensor<i32>, %v316: tensor<1x1xui32>, %v317: tensor<1x1xui32>, %v351: tensor<1x96xui32>, %v352: tensor<1x1xi32>):
            %v318 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v319 = "stablehlo.compare"(%v315, %v318) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v319) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v321: tensor<i32>, %v322: tensor<1x1xui32>, %v323: tensor<1x1xui32>, %v330: tensor<1x96xui32>, %v339: tensor<1x1xi32>):
            %v324 = "stablehlo.subtract"(%v323, %v322) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v325 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v326 = "stablehlo.broadcast_in_dim"(%v325) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v327 = "stablehlo.shift_right_logical"(%v324, %v326) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v328 = "stablehlo.add"(%v322, %v327) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v329 = "stablehlo.broadcast_in_dim"(%v328) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v331 = "stablehlo.compare"(%v330, %v329) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v332 = "stablehlo.convert"(%v331) : (tensor<1x96xi1>) -> tensor<1x96xi32>
            %v333 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %v337 = "stablehlo.reduce"(%v332, %v333) ({
              ^bb0(%v334: tensor<i32>, %v335: tensor<i32>):
                %v336 = "stablehlo.add"(%v334, %v335) : (tensor<i32>, tensor<i32>) -> tensor<i32>
                "stablehlo.return"(%v336) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
            %v338 = "stablehlo.reshape"(%v337) : (tensor<1xi32>) -> tensor<1x1xi32>
            %v340 = "stablehlo.compare"(%v338, %v339) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
            %v341 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v342 = "stablehlo.add"(%v321, %v341) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v343 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v344 = "stablehlo.broadcast_in_dim"(%v343) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v345 = "stablehlo.add"(%v328, %v344) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v346 = "stablehlo.select"(%v340, %v322, %v345) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v347 = "stablehlo.select"(%v340, %v328, %v323) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v342, %v346, %v347, %v330, %v339) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
        %v358 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v359 = "stablehlo.broadcast_in_dim"(%v358) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v360 = "stablehlo.select"(%v311, %v359, %v355) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v361 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v365 = "stablehlo.reduce"(%v295, %v361) ({
          ^bb0(%v362: tensor<f32>, %v363: tensor<f32>):
            %v364 = "stablehlo.maximum"(%v362, %v363) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v364) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v366 = "stablehlo.reshape"(%v365) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v367 = "stablehlo.broadcast_in_dim"(%v366) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v368 = "stablehlo.subtract"(%v295, %v367) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v369 = "stablehlo.exponential"(%v368) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v370 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v374 = "stablehlo.reduce"(%v369, %v370) ({
          ^bb0(%v371: tensor<f32>, %v372: tensor<f32>):
            %v373 = "stablehlo.add"(%v371, %v372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v373) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v375 = "stablehlo.reshape"(%v374) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v376 = "stablehlo.broadcast_in_dim"(%v375) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v377 = "stablehlo.divide"(%v369, %v376) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v379 = "stablehlo.reshape"(%v378) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v380 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v381 = "stablehlo.broadcast_in_dim"(%v380) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v382 = "stablehlo.compare"(%v379, %v381) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v383 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v384 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v385 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v386 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v430, %v431, %v432, %v433, %v434, %v435, %v436 = "stablehlo.while"(%v384, %v385, %v386, %v306, %v383, %v377, %v379) ({
          ^bb0(%v387: tensor<i32>, %v388: tensor<1x1xui32>, %v389: tensor<1x1xui32>, %v426: tensor<1x96xui32>, %v427: tensor<f32>, %v428: tensor<1x96xf32>, %v429: tensor<1x1xf32>):
            %v390 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v391 = "stablehlo.compare"(%v387, %v390) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v391) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v393: tensor<i32>, %v394: tensor<1x1xui32>, %v395: tensor<1x1xui32>, %v402: tensor<1x96xui32>, %v404: tensor<f32>, %v406: tensor<1x96xf32>, %v414: tensor<1x1xf32>):
            %v396 = "stablehlo.subtract"(%v395, %v394) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v397 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v398 = "stablehlo.broadcast_in_dim"(%v397) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v399 = "stablehlo.shift_right_logical"(%v396, %v398) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v400 = "stablehlo.add"(%v394, %v399) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v401 = "stablehlo.broadcast_in_dim"(%v400) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v403 = "stablehlo.compare"(%v402, %v401) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v405 = "stablehlo.broadcast_in_dim"(%v404) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
            %v407 = "stablehlo.select"(%v403, %v406, %v405) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
            %v408 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
            %v412 = "stablehlo.reduce"(%v407, %v408) ({
              ^bb0(%v409: tensor<f32>, %v410: tensor<f32>):
                %v411 = "stablehlo.add"(%v409, %v410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%v411) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
            %v413 = "stablehlo.reshape"(%v412) : (tensor<1xf32>) -> tensor<1x1xf32>
            %v415 = "stablehlo.compare"(%v413, %v414) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
            %v416 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v417 = "stablehlo.add"(%v393, %v416) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v418 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v419 = "stablehlo.broadcast_in_dim"(%v418) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v420 = "stablehlo.add"(%v400, %v419) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v421 = "stablehlo.select"(%v415, %v394, %v420) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v422 = "stablehlo.select"(%v415, %v400, %v395) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v417, %v421, %v422, %v402, %v404, %v406, %v414) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
        %v437 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v438 = "stablehlo.broadcast_in_dim"(%v437) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v439 = "stablehlo.select"(%v382, %v438, %v432) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v440 = "stablehlo.maximum"(%v360, %v439) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v441 = "stablehlo.broadcast_in_dim"(%v440) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v442 = "stablehlo.compare"(%v306, %v441) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v443 = "stablehlo.slice"(%v46) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v444 = "stablehlo.slice"(%v46) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v445 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
        %v446 = "stablehlo.broadcast_in_dim"(%v445) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v447 = "stablehlo.xor"(%v443, %v446) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
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
        %v466 = "stablehlo.slice"(%v46) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
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
        %v486 = "stablehlo.slice"(%v46) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v487 = "stablehlo.xor"(%v485, %v486) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v488 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v489 = "stablehlo.broadcast_in_dim"(%v488) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v490 = "stablehlo.shift_right_logical"(%v487, %v489) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v491 = "stablehlo.xor"(%v487, %v490) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v492 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v493 = "stablehlo.broadcast_in_dim"(%v492) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v494 = "stablehlo.multiply"(%v491, %v493) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v495 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v496 = "stablehlo.broadcast_in_dim"(%v495) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v497 = "stablehlo.shift_right_logical"(%v494, %v496) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v498 = "stablehlo.xor"(%v494, %v497) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v499 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v500 = "stablehlo.broadcast_in_dim"(%v499) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v501 = "stablehlo.multiply"(%v498, %v500) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v502 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v503 = "stablehlo.broadcast_in_dim"(%v502) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v504 = "stablehlo.shift_right_logical"(%v501, %v503) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v505 = "stablehlo.xor"(%v501, %v504) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v506 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
        %v507 = "stablehlo.broadcast_in_dim"(%v505) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v508 = "stablehlo.xor"(%v506, %v507) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v509 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v510 = "stablehlo.broadcast_in_dim"(%v509) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v511 = "stablehlo.shift_right_logical"(%v508, %v510) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v512 = "stablehlo.xor"(%v508, %v511) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v513 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v514 = "stablehlo.broadcast_in_dim"(%v513) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v515 = "stablehlo.multiply"(%v512, %v514) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v516 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v517 = "stablehlo.broadcast_in_dim"(%v516) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v518 = "stablehlo.shift_right_logical"(%v515, %v517) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v519 = "stablehlo.xor"(%v515, %v518) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v520 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v521 = "stablehlo.broadcast_in_dim"(%v520) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v522 = "stablehlo.multiply"(%v519, %v521) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v523 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v524 = "stablehlo.broadcast_in_dim"(%v523) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v525 = "stablehlo.shift_right_logical"(%v522, %v524) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v526 = "stablehlo.xor"(%v522, %v525) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v527 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
        %v528 = "stablehlo.broadcast_in_dim"(%v527) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v529 = "stablehlo.add"(%v526, %v528) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v530 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v531 = "stablehlo.broadcast_in_dim"(%v530) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v532 = "stablehlo.shift_right_logical"(%v529, %v531) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v533 = "stablehlo.xor"(%v529, %v532) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v534 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v535 = "stablehlo.broadcast_in_dim"(%v534) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v536 = "stablehlo.multiply"(%v533, %v535) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v537 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v538 = "stablehlo.broadcast_in_dim"(%v537) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v539 = "stablehlo.shift_right_logical"(%v536, %v538) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v540 = "stablehlo.xor"(%v536, %v539) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v541 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v542 = "stablehlo.broadcast_in_dim"(%v541) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v543 = "stablehlo.multiply"(%v540, %v542) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v544 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v545 = "stablehlo.broadcast_in_dim"(%v544) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v546 = "stablehlo.shift_right_logical"(%v543, %v545) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v547 = "stablehlo.xor"(%v543, %v546) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v548 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %v549 = "stablehlo.broadcast_in_dim"(%v548) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v550 = "stablehlo.shift_right_logical"(%v547, %v549) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v551 = "stablehlo.convert"(%v550) : (tensor<1x96xui32>) -> tensor<1x96xf32>
        %v552 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
        %v553 = "stablehlo.broadcast_in_dim"(%v552) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v554 = "stablehlo.add"(%v551, %v553) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v555 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
        %v556 = "stablehlo.broadcast_in_dim"(%v555) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v557 = "stablehlo.multiply"(%v554, %v556) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v558 = "stablehlo.log"(%v557) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v559 = "stablehlo.negate"(%v558) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v560 = "stablehlo.log"(%v559) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v561 = "stablehlo.negate"(%v560) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v562 = "stablehlo.add"(%v295, %v561) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v563 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v564 = "stablehlo.broadcast_in_dim"(%v563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v565 = "stablehlo.select"(%v442, %v562, %v564) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v566 = "stablehlo.reshape"(%v290) : (tensor<1x1xi1>) -> tensor<1xi1>
        %v567 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v568 = "stablehlo.compare"(%v285, %v285) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v569 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v570 = "stablehlo.broadcast_in_dim"(%v569) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v571 = "stablehlo.select"(%v568, %v285, %v570) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v572 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v576 = "stablehlo.reduce"(%v571, %v572) ({
          ^bb0(%v573: tensor<f32>, %v574: tensor<f32>):
            %v575 = "stablehlo.maximum"(%v573, %v574) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v575) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v577 = "stablehlo.reshape"(%v576) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v578 = "stablehlo.broadcast_in_dim"(%v577) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v579 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v580 = "stablehlo.compare"(%v571, %v578) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v581 = "stablehlo.broadcast_in_dim"(%v579) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v582 = "stablehlo.select"(%v580, %v567, %v581) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v583 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v587 = "stablehlo.reduce"(%v582, %v583) ({
          ^bb0(%v584: tensor<i32>, %v585: tensor<i32>):
            %v586 = "stablehlo.minimum"(%v584, %v585) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v586) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v588 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v589 = "stablehlo.broadcast_in_dim"(%v588) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v590 = "stablehlo.compare"(%v587, %v589) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v591 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v592 = "stablehlo.broadcast_in_dim"(%v591) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v593 = "stablehlo.select"(%v590, %v592, %v587) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v594 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v595 = "stablehlo.compare"(%v565, %v565) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v596 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v597 = "stablehlo.broadcast_in_dim"(%v596) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v598 = "stablehlo.select"(%v595, %v565, %v597) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v599 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v603 = "stablehlo.reduce"(%v598, %v599) ({
          ^bb0(%v600: tensor<f32>, %v601: tensor<f32>):
            %v602 = "stablehlo.maximum"(%v600, %v601) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v602) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v604 = "stablehlo.reshape"(%v603) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v605 = "stablehlo.broadcast_in_dim"(%v604) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v606 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v607 = "stablehlo.compare"(%v598, %v605) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v608 = "stablehlo.broadcast_in_dim"(%v606) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v609 = "stablehlo.select"(%v607, %v594, %v608) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v610 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v614 = "stablehlo.reduce"(%v609, %v610) ({
          ^bb0(%v611: tensor<i32>, %v612: tensor<i32>):
            %v613 = "stablehlo.minimum"(%v611, %v612) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v613) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v615 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v616 = "stablehlo.broadcast_in_dim"(%v615) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v617 = "stablehlo.compare"(%v614, %v616) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v618 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v619 = "stablehlo.broadcast_in_dim"(%v618) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v620 = "stablehlo.select"(%v617, %v619, %v614) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v621 = "stablehlo.select"(%v566, %v593, %v620) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v622 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v623 = "stablehlo.compare"(%v44, %v622) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v624 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v625 = "stablehlo.broadcast_in_dim"(%v624) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v626 = "stablehlo.select"(%v623, %v621, %v625) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v627 = "stablehlo.reshape"(%v626) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v628 = "stablehlo.dynamic_update_slice"(%v45, %v627, %v49, %v41) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v629 = "stablehlo.reshape"(%v621) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v630 = "stablehlo.broadcast_in_dim"(%v629) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v632 = "stablehlo.compare"(%v630, %v631) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v633 = "stablehlo.convert"(%v632) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v634 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v638 = "stablehlo.reduce"(%v633, %v634) ({
          ^bb0(%v635: tensor<i32>, %v636: tensor<i32>):
            %v637 = "stablehlo.maximum"(%v635, %v636) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v637) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v639 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v640 = "stablehlo.compare"(%v638, %v639) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v641 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v642 = "stablehlo.broadcast_in_dim"(%v641) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v643 = "stablehlo.subtract"(%v44, %v642) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v644 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v645 = "stablehlo.maximum"(%v643, %v644) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v646 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v647 = "stablehlo.select"(%v640, %v646, %v645) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v648 = "stablehlo.reshape"(%v623) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v649 = "stablehlo.reshape"(%v621) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v650 = "stablehlo.select"(%v648, %v649, %v42) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v651 = "stablehlo.convert"(%v623) : (tensor<1xi1>) -> tensor<1xi32>
        %v652 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v653 = "stablehlo.add"(%v41, %v652) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v654 = "stablehlo.add"(%v43, %v651) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v655 = "stablehlo.convert"(%v651) : (tensor<1xi32>) -> tensor<1xui32>
        %v656 = "stablehlo.reshape"(%v655) : (tensor<1xui32>) -> tensor<1x1xui32>
        %v657 = "stablehlo.constant"() {value = dense<0> : tensor<1x2xui32>} : () -> tensor<1x2xui32>
        %v658 = "stablehlo.concatenate"(%v657, %v656) {dimension = 1 : i64} : (tensor<1x2xui32>, tensor<1x1xui32>) -> tensor<1x3xui32>
        %v659 = "stablehlo.add"(%v46, %v658) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
        "stablehlo.return"(%v653, %v650, %v654, %v647, %v628, %v659, %v250, %v251, %v74, %v93, %v99, %v121, %v159, %v193, %v217, %v227, %v278, %v282, %v286, %v307, %v378, %v631) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<96x64xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<96x64xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<96x64xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>)
    "func.return"(%v686, %v688, %v689) : (tensor<1x8xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>) -> ()
  }
}
