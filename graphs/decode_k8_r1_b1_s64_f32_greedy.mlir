module @decode_k8_r1_b1_s64_f32_greedy attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v15: tensor<4x64x16xf32> {tf.aliasing_output = 2 : i32, xlagen.name = "v_cache"}
  ) -> (tensor<1x8xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>) {
    %v16 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v17 = "stablehlo.constant"() {value = dense<-1> : tensor<1x8xi32>} : () -> tensor<1x8xi32>
    %v358, %v359, %v360, %v361, %v362, %v363, %v364, %v365, %v366, %v367, %v368, %v369, %v370, %v371, %v372, %v373, %v374, %v375 = "stablehlo.while"(%v16, %v9, %v10, %v12, %v17, %v14, %v15, %v0, %v1, %v4, %v2, %v11, %v3, %v5, %v6, %v7, %v8, %v13) ({
      ^bb0(%v18: tensor<i32>, %v19: tensor<1x1xi32>, %v20: tensor<1xi32>, %v21: tensor<1xi32>, %v22: tensor<1x8xi32>, %v23: tensor<4x64x16xf32>, %v24: tensor<4x64x16xf32>, %v347: tensor<96x64xf32>, %v348: tensor<128xf32>, %v349: tensor<128xf32>, %v350: tensor<256x64xf32>, %v351: tensor<1xi32>, %v352: tensor<128x64xf32>, %v353: tensor<640x64xf32>, %v354: tensor<128x160xf32>, %v355: tensor<64xf32>, %v356: tensor<96x64xf32>, %v357: tensor<1x8xi32>):
        %v25 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v29 = "stablehlo.reduce"(%v21, %v25) ({
          ^bb0(%v26: tensor<i32>, %v27: tensor<i32>):
            %v28 = "stablehlo.maximum"(%v26, %v27) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v28) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<1xi32>, tensor<i32>) -> tensor<i32>
        %v30 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v31 = "stablehlo.compare"(%v29, %v30) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v32 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v33 = "stablehlo.compare"(%v18, %v32) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %v34 = "stablehlo.and"(%v33, %v31) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%v34) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v36: tensor<i32>, %v37: tensor<1x1xi32>, %v38: tensor<1xi32>, %v39: tensor<1xi32>, %v40: tensor<1x8xi32>, %v41: tensor<4x64x16xf32>, %v42: tensor<4x64x16xf32>, %v68: tensor<96x64xf32>, %v87: tensor<128xf32>, %v93: tensor<128xf32>, %v115: tensor<256x64xf32>, %v153: tensor<1xi32>, %v187: tensor<128x64xf32>, %v211: tensor<640x64xf32>, %v221: tensor<128x160xf32>, %v272: tensor<64xf32>, %v276: tensor<96x64xf32>, %v316: tensor<1x8xi32>):
        %v43 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v44 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
        %v45 = "stablehlo.reshape"(%v38) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v46 = "stablehlo.add"(%v44, %v45) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v47 = "stablehlo.convert"(%v46) : (tensor<1x1xi32>) -> tensor<1x1xf32>
        %v48 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
        %v49 = "stablehlo.reshape"(%v47) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v50 = "stablehlo.reshape"(%v48) : (tensor<8xf32>) -> tensor<1x1x8xf32>
        %v51 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x8xf32>
        %v52 = "stablehlo.multiply"(%v51, %v50) : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x8xf32>
        %v53 = "stablehlo.concatenate"(%v52, %v52) {dimension = 2 : i64} : (tensor<1x1x8xf32>, tensor<1x1x8xf32>) -> tensor<1x1x16xf32>
        %v54 = "stablehlo.cosine"(%v53) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v55 = "stablehlo.sine"(%v53) : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v56 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1x64xi32>
        %v57 = "stablehlo.reshape"(%v38) : (tensor<1xi32>) -> tensor<1x1x1xi32>
        %v58 = "stablehlo.broadcast_in_dim"(%v57) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x1x64xi32>
        %v59 = "stablehlo.add"(%v56, %v58) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v60 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x1x64xi32>
        %v61 = "stablehlo.compare"(%v60, %v59) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v62 = "stablehlo.subtract"(%v59, %v60) : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi32>
        %v63 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
        %v64 = "stablehlo.broadcast_in_dim"(%v63) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1x64xi32>
        %v65 = "stablehlo.compare"(%v62, %v64) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1x64xi32>, tensor<1x1x64xi32>) -> tensor<1x1x64xi1>
        %v66 = "stablehlo.and"(%v61, %v65) : (tensor<1x1x64xi1>, tensor<1x1x64xi1>) -> tensor<1x1x64xi1>
        %v67 = "stablehlo.reshape"(%v66) : (tensor<1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v69 = "stablehlo.gather"(%v68, %v37) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x1xi32>) -> tensor<1x1x64xf32>
        %v70 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v242, %v243, %v244, %v245, %v246, %v247, %v248, %v249, %v250, %v251, %v252, %v253, %v254, %v255 = "stablehlo.while"(%v70, %v69, %v41, %v42, %v87, %v93, %v115, %v54, %v55, %v153, %v38, %v187, %v211, %v221) ({
          ^bb0(%v71: tensor<i32>, %v72: tensor<1x1x64xf32>, %v73: tensor<4x64x16xf32>, %v74: tensor<4x64x16xf32>, %v232: tensor<128xf32>, %v233: tensor<128xf32>, %v234: tensor<256x64xf32>, %v235: tensor<1x1x16xf32>, %v236: tensor<1x1x16xf32>, %v237: tensor<1xi32>, %v238: tensor<1xi32>, %v239: tensor<128x64xf32>, %v240: tensor<640x64xf32>, %v241: tensor<128x160xf32>):
            %v75 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
            %v76 = "stablehlo.compare"(%v71, %v75) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v76) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v78: tensor<i32>, %v79: tensor<1x1x64xf32>, %v80: tensor<4x64x16xf32>, %v81: tensor<4x64x16xf32>, %v88: tensor<128xf32>, %v94: tensor<128xf32>, %v116: tensor<256x64xf32>, %v126: tensor<1x1x16xf32>, %v128: tensor<1x1x16xf32>, %v154: tensor<1xi32>, %v163: tensor<1xi32>, %v188: tensor<128x64xf32>, %v212: tensor<640x64xf32>, %v222: tensor<128x160xf32>):
            %v82 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v83 = "stablehlo.multiply"(%v78, %v82) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v84 = "stablehlo.constant"() {value = dense<64> : tensor<i32>} : () -> tensor<i32>
            %v85 = "stablehlo.multiply"(%v78, %v84) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v86 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %v89 = "stablehlo.dynamic_slice"(%v88, %v85) {slice_sizes = array<i64: 64>} : (tensor<128xf32>, tensor<i32>) -> tensor<64xf32>
            %v90 = "stablehlo.constant"() {value = dense<64> : tensor<i32>} : () -> tensor<i32>
            %v91 = "stablehlo.multiply"(%v78, %v90) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v92 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %v95 = "stablehlo.dynamic_slice"(%v94, %v91) {slice_sizes = array<i64: 64>} : (tensor<128xf32>, tensor<i32>) -> tensor<64xf32>
            %v96 = "stablehlo.multiply"(%v79, %v79) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v97 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
            %v101 = "stablehlo.reduce"(%v96, %v97) ({
              ^bb0(%v98: tensor<f32>, %v99: tensor<f32>):
                %v100 = "stablehlo.add"(%v98, %v99) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%v100) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
            %v102 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
            %v103 = "stablehlo.broadcast_in_dim"(%v102) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
            %v104 = "stablehlo.divide"(%v101, %v103) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
            %v105 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
            %v106 = "stablehlo.broadcast_in_dim"(%v105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
            %v107 = "stablehlo.add"(%v104, %v106) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
            %v108 = "stablehlo.rsqrt"(%v107) : (tensor<1x1xf32>) -> tensor<1x1xf32>
            %v109 = "stablehlo.reshape"(%v108) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
            %v110 = "stablehlo.broadcast_in_dim"(%v109) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
            %v111 = "stablehlo.multiply"(%v79, %v110) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v112 = "stablehlo.broadcast_in_dim"(%v89) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
            %v113 = "stablehlo.multiply"(%v111, %v112) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v114 = "stablehlo.reshape"(%v113) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
            %v117 = "stablehlo.custom_call"(%v114, %v116, %v78) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<256x64xf32>, tensor<i32>) -> tensor<1x128xf32>
            %v118 = "stablehlo.reshape"(%v117) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
            %v119 = "stablehlo.slice"(%v118) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x64xf32>
            %v120 = "stablehlo.reshape"(%v119) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
            %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
            %v122 = "stablehlo.slice"(%v121) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
            %v123 = "stablehlo.slice"(%v121) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
            %v124 = "stablehlo.negate"(%v123) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
            %v125 = "stablehlo.concatenate"(%v124, %v122) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
            %v127 = "stablehlo.reshape"(%v126) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
            %v129 = "stablehlo.reshape"(%v128) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
            %v130 = "stablehlo.broadcast_in_dim"(%v127) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v131 = "stablehlo.multiply"(%v121, %v130) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v132 = "stablehlo.broadcast_in_dim"(%v129) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v133 = "stablehlo.multiply"(%v125, %v132) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v134 = "stablehlo.add"(%v131, %v133) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
            %v135 = "stablehlo.slice"(%v118) {limit_indices = array<i64: 1, 1, 96>, start_indices = array<i64: 0, 0, 64>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
            %v136 = "stablehlo.reshape"(%v135) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
            %v137 = "stablehlo.transpose"(%v136) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
            %v138 = "stablehlo.slice"(%v137) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
            %v139 = "stablehlo.slice"(%v137) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
            %v140 = "stablehlo.negate"(%v139) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
            %v141 = "stablehlo.concatenate"(%v140, %v138) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
            %v142 = "stablehlo.reshape"(%v126) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
            %v143 = "stablehlo.reshape"(%v128) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
            %v144 = "stablehlo.broadcast_in_dim"(%v142) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v145 = "stablehlo.multiply"(%v137, %v144) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v146 = "stablehlo.broadcast_in_dim"(%v143) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v147 = "stablehlo.multiply"(%v141, %v146) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v148 = "stablehlo.add"(%v145, %v147) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
            %v149 = "stablehlo.slice"(%v118) {limit_indices = array<i64: 1, 1, 128>, start_indices = array<i64: 0, 0, 96>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x128xf32>) -> tensor<1x1x32xf32>
            %v150 = "stablehlo.reshape"(%v149) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
            %v151 = "stablehlo.transpose"(%v150) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
            %v152 = "stablehlo.broadcast_in_dim"(%v83) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
            %v155 = "stablehlo.add"(%v154, %v152) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
            %v156 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
            %v157 = "stablehlo.broadcast_in_dim"(%v156) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
            %v158 = "stablehlo.multiply"(%v155, %v157) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
            %v159 = "stablehlo.reshape"(%v158) : (tensor<1xi32>) -> tensor<1x1xi32>
            %v160 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
            %v161 = "stablehlo.broadcast_in_dim"(%v159) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
            %v162 = "stablehlo.add"(%v161, %v160) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
            %v164 = "stablehlo.reshape"(%v163) : (tensor<1xi32>) -> tensor<1x1xi32>
            %v165 = "stablehlo.broadcast_in_dim"(%v164) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
            %v166 = "stablehlo.reshape"(%v162) : (tensor<1x2xi32>) -> tensor<2x1xi32>
            %v167 = "stablehlo.reshape"(%v165) : (tensor<1x2xi32>) -> tensor<2x1xi32>
            %v168 = "stablehlo.concatenate"(%v166, %v167) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
            %v169 = "stablehlo.reshape"(%v148) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
            %v170 = "stablehlo.reshape"(%v151) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
            %v173 = "stablehlo.scatter"(%v80, %v168, %v169) ({
              ^bb0(%v171: tensor<f32>, %v172: tensor<f32>):
                "stablehlo.return"(%v172) : (tensor<f32>) -> ()
            }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<4x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<4x64x16xf32>
            %v176 = "stablehlo.scatter"(%v81, %v168, %v170) ({
              ^bb0(%v174: tensor<f32>, %v175: tensor<f32>):
                "stablehlo.return"(%v175) : (tensor<f32>) -> ()
            }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<4x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<4x64x16xf32>
            %v177 = "stablehlo.reshape"(%v134) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
            %v178 = "stablehlo.reshape"(%v177) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
            %v179 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
            %v180 = "stablehlo.reshape"(%v178) : (tensor<2x2x16xf32>) -> tensor<2x2x1x16xf32>
            %v181 = "stablehlo.custom_call"(%v180, %v173, %v176, %v163, %v155, %v179) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<2x2x1x16xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<2x2x1x16xf32>
            %v182 = "stablehlo.reshape"(%v181) : (tensor<2x2x1x16xf32>) -> tensor<2x2x16xf32>
            %v183 = "stablehlo.reshape"(%v182) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
            %v184 = "stablehlo.transpose"(%v183) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
            %v185 = "stablehlo.reshape"(%v184) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
            %v186 = "stablehlo.reshape"(%v185) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
            %v189 = "stablehlo.custom_call"(%v186, %v188, %v78) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<128x64xf32>, tensor<i32>) -> tensor<1x64xf32>
            %v190 = "stablehlo.reshape"(%v189) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
            %v191 = "stablehlo.add"(%v79, %v190) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v192 = "stablehlo.multiply"(%v191, %v191) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v193 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
            %v197 = "stablehlo.reduce"(%v192, %v193) ({
              ^bb0(%v194: tensor<f32>, %v195: tensor<f32>):
                %v196 = "stablehlo.add"(%v194, %v195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%v196) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
            %v198 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
            %v199 = "stablehlo.broadcast_in_dim"(%v198) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
            %v200 = "stablehlo.divide"(%v197, %v199) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
            %v201 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
            %v202 = "stablehlo.broadcast_in_dim"(%v201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
            %v203 = "stablehlo.add"(%v200, %v202) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
            %v204 = "stablehlo.rsqrt"(%v203) : (tensor<1x1xf32>) -> tensor<1x1xf32>
            %v205 = "stablehlo.reshape"(%v204) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
            %v206 = "stablehlo.broadcast_in_dim"(%v205) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
            %v207 = "stablehlo.multiply"(%v191, %v206) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v208 = "stablehlo.broadcast_in_dim"(%v95) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
            %v209 = "stablehlo.multiply"(%v207, %v208) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v210 = "stablehlo.reshape"(%v209) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
            %v213 = "stablehlo.custom_call"(%v210, %v212, %v78) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<640x64xf32>, tensor<i32>) -> tensor<1x320xf32>
            %v214 = "stablehlo.reshape"(%v213) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
            %v215 = "stablehlo.slice"(%v214) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
            %v216 = "stablehlo.slice"(%v214) {limit_indices = array<i64: 1, 1, 320>, start_indices = array<i64: 0, 0, 160>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x320xf32>) -> tensor<1x1x160xf32>
            %v217 = "stablehlo.logistic"(%v215) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
            %v218 = "stablehlo.multiply"(%v215, %v217) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
            %v219 = "stablehlo.multiply"(%v218, %v216) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
            %v220 = "stablehlo.reshape"(%v219) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
            %v223 = "stablehlo.custom_call"(%v220, %v222, %v78) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x160xf32>, tensor<128x160xf32>, tensor<i32>) -> tensor<1x64xf32>
            %v224 = "stablehlo.reshape"(%v223) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
            %v225 = "stablehlo.add"(%v191, %v224) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
            %v226 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v227 = "stablehlo.add"(%v78, %v226) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v227, %v225, %v173, %v176, %v88, %v94, %v116, %v126, %v128, %v154, %v163, %v188, %v212, %v222) : (tensor<i32>, tensor<1x1x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>) -> ()
        }) : (tensor<i32>, tensor<1x1x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>) -> (tensor<i32>, tensor<1x1x64xf32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>)
        %v256 = "stablehlo.multiply"(%v243, %v243) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v257 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v261 = "stablehlo.reduce"(%v256, %v257) ({
          ^bb0(%v258: tensor<f32>, %v259: tensor<f32>):
            %v260 = "stablehlo.add"(%v258, %v259) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v260) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v262 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v263 = "stablehlo.broadcast_in_dim"(%v262) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v264 = "stablehlo.divide"(%v261, %v263) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v265 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v266 = "stablehlo.broadcast_in_dim"(%v265) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v267 = "stablehlo.add"(%v264, %v266) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v268 = "stablehlo.rsqrt"(%v267) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v269 = "stablehlo.reshape"(%v268) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v270 = "stablehlo.broadcast_in_dim"(%v269) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v271 = "stablehlo.multiply"(%v243, %v270) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v273 = "stablehlo.broadcast_in_dim"(%v272) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v274 = "stablehlo.multiply"(%v271, %v273) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v275 = "stablehlo.reshape"(%v274) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v277 = "stablehlo.custom_call"(%v275, %v276) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
        %v278 = "stablehlo.reshape"(%v277) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v279 = "stablehlo.reshape"(%v278) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v280 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v281 = "stablehlo.compare"(%v279, %v279) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v282 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v283 = "stablehlo.broadcast_in_dim"(%v282) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v284 = "stablehlo.select"(%v281, %v279, %v283) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v285 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v289 = "stablehlo.reduce"(%v284, %v285) ({
          ^bb0(%v286: tensor<f32>, %v287: tensor<f32>):
            %v288 = "stablehlo.maximum"(%v286, %v287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v288) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v290 = "stablehlo.reshape"(%v289) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v291 = "stablehlo.broadcast_in_dim"(%v290) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v292 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v293 = "stablehlo.compare"(%v284, %v291) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v294 = "stablehlo.broadcast_in_dim"(%v292) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v295 = "stablehlo.select"(%v293, %v280, %v294) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v296 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v300 = "stablehlo.reduce"(%v295, %v296) ({
          ^bb0(%v297: tensor<i32>, %v298: tensor<i32>):
            %v299 = "stablehlo.minimum"(%v297, %v298) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v299) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v301 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v302 = "stablehlo.broadcast_in_dim"(%v301) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v303 = "stablehlo.compare"(%v300, %v302) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v304 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v305 = "stablehlo.broadcast_in_dim"(%v304) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v306 = "stablehlo.select"(%v303, %v305, %v300) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v307 = "stablehlo.broadcast_in_dim"(%v43) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v308 = "stablehlo.compare"(%v39, %v307) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v309 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v310 = "stablehlo.broadcast_in_dim"(%v309) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v311 = "stablehlo.select"(%v308, %v306, %v310) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v312 = "stablehlo.reshape"(%v311) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v313 = "stablehlo.dynamic_update_slice"(%v40, %v312, %v43, %v36) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v314 = "stablehlo.reshape"(%v306) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v315 = "stablehlo.broadcast_in_dim"(%v314) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v317 = "stablehlo.compare"(%v315, %v316) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v318 = "stablehlo.convert"(%v317) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v319 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v323 = "stablehlo.reduce"(%v318, %v319) ({
          ^bb0(%v320: tensor<i32>, %v321: tensor<i32>):
            %v322 = "stablehlo.maximum"(%v320, %v321) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v322) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v324 = "stablehlo.broadcast_in_dim"(%v43) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v325 = "stablehlo.compare"(%v323, %v324) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v326 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v327 = "stablehlo.broadcast_in_dim"(%v326) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v328 = "stablehlo.subtract"(%v39, %v327) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v329 = "stablehlo.broadcast_in_dim"(%v43) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v330 = "stablehlo.maximum"(%v328, %v329) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v331 = "stablehlo.broadcast_in_dim"(%v43) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v332 = "stablehlo.select"(%v325, %v331, %v330) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v333 = "stablehlo.reshape"(%v308) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v334 = "stablehlo.reshape"(%v306) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v335 = "stablehlo.select"(%v333, %v334, %v37) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v336 = "stablehlo.convert"(%v308) : (tensor<1xi1>) -> tensor<1xi32>
        %v337 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v338 = "stablehlo.add"(%v36, %v337) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v339 = "stablehlo.add"(%v38, %v336) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        "stablehlo.return"(%v338, %v335, %v339, %v332, %v313, %v244, %v245, %v68, %v87, %v93, %v115, %v153, %v187, %v211, %v221, %v272, %v276, %v316) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<96x64xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<96x64xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>, tensor<96x64xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x64xf32>, tensor<1xi32>, tensor<128x64xf32>, tensor<640x64xf32>, tensor<128x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>)
    "func.return"(%v362, %v363, %v364) : (tensor<1x8xi32>, tensor<4x64x16xf32>, tensor<4x64x16xf32>) -> ()
  }
}
