module @decode_k8_r1_b1_s64_f32_sample attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(
      %v0: tensor<96x64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.embed_tokens.weight"},
      %v1: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.layers.0.input_layernorm.weight"},
      %v2: tensor<128x64xf32> {mhlo.sharding = "{devices=[2,1]0,1}", xlagen.name = "model.layers.0.self_attn.qkv_proj.weight"},
      %v3: tensor<64x64xf32> {mhlo.sharding = "{devices=[1,2]0,1}", xlagen.name = "model.layers.0.self_attn.o_proj.weight"},
      %v4: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.layers.0.post_attention_layernorm.weight"},
      %v5: tensor<320x64xf32> {mhlo.sharding = "{devices=[2,1]0,1}", xlagen.name = "model.layers.0.mlp.gate_up_proj.weight"},
      %v6: tensor<64x160xf32> {mhlo.sharding = "{devices=[1,2]0,1}", xlagen.name = "model.layers.0.mlp.down_proj.weight"},
      %v7: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.layers.1.input_layernorm.weight"},
      %v8: tensor<128x64xf32> {mhlo.sharding = "{devices=[2,1]0,1}", xlagen.name = "model.layers.1.self_attn.qkv_proj.weight"},
      %v9: tensor<64x64xf32> {mhlo.sharding = "{devices=[1,2]0,1}", xlagen.name = "model.layers.1.self_attn.o_proj.weight"},
      %v10: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.layers.1.post_attention_layernorm.weight"},
      %v11: tensor<320x64xf32> {mhlo.sharding = "{devices=[2,1]0,1}", xlagen.name = "model.layers.1.mlp.gate_up_proj.weight"},
      %v12: tensor<64x160xf32> {mhlo.sharding = "{devices=[1,2]0,1}", xlagen.name = "model.layers.1.mlp.down_proj.weight"},
      %v13: tensor<64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "model.norm.weight"},
      %v14: tensor<96x64xf32> {mhlo.sharding = "{replicated}", xlagen.name = "lm_head.weight"},
      %v15: tensor<1x1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "tokens"},
      %v16: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "start"},
      %v17: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "slots"},
      %v18: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "budget"},
      %v19: tensor<1x8xi32> {mhlo.sharding = "{replicated}", xlagen.name = "stop_ids"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "k_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "k_cache.1"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.0"},
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.1"},
      %v24: tensor<1xf32> {mhlo.sharding = "{replicated}", xlagen.name = "temperature"},
      %v25: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "top_k"},
      %v26: tensor<1xf32> {mhlo.sharding = "{replicated}", xlagen.name = "top_p"},
      %v27: tensor<1x3xui32> {mhlo.sharding = "{replicated}", xlagen.name = "rng_key"}
  ) -> (tensor<1x8xi32> {mhlo.sharding = "{replicated}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}) {
    %v28 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v29 = "stablehlo.constant"() {value = dense<-1> : tensor<1x8xi32>} : () -> tensor<1x8xi32>
    %v822, %v823, %v824, %v825, %v826, %v827, %v828, %v829, %v830, %v831, %v832, %v833, %v834, %v835, %v836, %v837, %v838, %v839, %v840, %v841, %v842, %v843, %v844, %v845, %v846, %v847, %v848, %v849, %v850, %v851 = "stablehlo.while"(%v28, %v15, %v16, %v18, %v29, %v27, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v17, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v24, %v25, %v26, %v19) ({
      ^bb0(%v30: tensor<i32>, %v31: tensor<1x1xi32>, %v32: tensor<1xi32>, %v33: tensor<1xi32>, %v34: tensor<1x8xi32>, %v35: tensor<1x3xui32>, %v36: tensor<2x64x16xf32>, %v37: tensor<2x64x16xf32>, %v38: tensor<2x64x16xf32>, %v39: tensor<2x64x16xf32>, %v802: tensor<96x64xf32>, %v803: tensor<64xf32>, %v804: tensor<128x64xf32>, %v805: tensor<1xi32>, %v806: tensor<64x64xf32>, %v807: tensor<64xf32>, %v808: tensor<320x64xf32>, %v809: tensor<64x160xf32>, %v810: tensor<64xf32>, %v811: tensor<128x64xf32>, %v812: tensor<64x64xf32>, %v813: tensor<64xf32>, %v814: tensor<320x64xf32>, %v815: tensor<64x160xf32>, %v816: tensor<64xf32>, %v817: tensor<96x64xf32>, %v818: tensor<1xf32>, %v819: tensor<1xi32>, %v820: tensor<1xf32>, %v821: tensor<1x8xi32>):
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
      ^bb0(%v51: tensor<i32>, %v52: tensor<1x1xi32>, %v53: tensor<1xi32>, %v54: tensor<1xi32>, %v55: tensor<1x8xi32>, %v56: tensor<1x3xui32>, %v57: tensor<2x64x16xf32>, %v58: tensor<2x64x16xf32>, %v59: tensor<2x64x16xf32>, %v60: tensor<2x64x16xf32>, %v86: tensor<96x64xf32>, %v104: tensor<64xf32>, %v108: tensor<128x64xf32>, %v149: tensor<1xi32>, %v208: tensor<64x64xf32>, %v229: tensor<64xf32>, %v233: tensor<320x64xf32>, %v247: tensor<64x160xf32>, %v268: tensor<64xf32>, %v272: tensor<128x64xf32>, %v371: tensor<64x64xf32>, %v392: tensor<64xf32>, %v396: tensor<320x64xf32>, %v410: tensor<64x160xf32>, %v431: tensor<64xf32>, %v435: tensor<96x64xf32>, %v440: tensor<1xf32>, %v461: tensor<1xi32>, %v532: tensor<1xf32>, %v763: tensor<1x8xi32>):
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
        %v109 = "stablehlo.dot_general"(%v108, %v107) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v110 = "stablehlo.transpose"(%v109) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v111 = "stablehlo.reshape"(%v110) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v112 = "stablehlo.reshape"(%v111) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v113 = "stablehlo.slice"(%v112) {limit_indices = array<i64: 1, 1, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x32xf32>
        %v114 = "stablehlo.reshape"(%v113) : (tensor<1x1x2x32xf32>) -> tensor<1x1x64xf32>
        %v115 = "stablehlo.reshape"(%v114) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v116 = "stablehlo.transpose"(%v115) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v117 = "stablehlo.slice"(%v116) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v118 = "stablehlo.slice"(%v116) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v119 = "stablehlo.negate"(%v118) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v120 = "stablehlo.concatenate"(%v119, %v117) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v121 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v122 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v123 = "stablehlo.broadcast_in_dim"(%v121) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v124 = "stablehlo.multiply"(%v116, %v123) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v125 = "stablehlo.broadcast_in_dim"(%v122) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v126 = "stablehlo.multiply"(%v120, %v125) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v127 = "stablehlo.add"(%v124, %v126) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v128 = "stablehlo.reshape"(%v111) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v129 = "stablehlo.slice"(%v128) {limit_indices = array<i64: 1, 1, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v130 = "stablehlo.reshape"(%v129) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v131 = "stablehlo.reshape"(%v130) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v132 = "stablehlo.transpose"(%v131) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v133 = "stablehlo.slice"(%v132) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v134 = "stablehlo.slice"(%v132) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v135 = "stablehlo.negate"(%v134) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v136 = "stablehlo.concatenate"(%v135, %v133) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v137 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v138 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v139 = "stablehlo.broadcast_in_dim"(%v137) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v140 = "stablehlo.multiply"(%v132, %v139) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v141 = "stablehlo.broadcast_in_dim"(%v138) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v142 = "stablehlo.multiply"(%v136, %v141) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v143 = "stablehlo.add"(%v140, %v142) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v144 = "stablehlo.reshape"(%v111) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v145 = "stablehlo.slice"(%v144) {limit_indices = array<i64: 1, 1, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v146 = "stablehlo.reshape"(%v145) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v147 = "stablehlo.reshape"(%v146) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v148 = "stablehlo.transpose"(%v147) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v150 = "stablehlo.reshape"(%v149) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v151 = "stablehlo.reshape"(%v53) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v152 = "stablehlo.concatenate"(%v150, %v151) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
        %v153 = "stablehlo.reshape"(%v57) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
        %v156 = "stablehlo.scatter"(%v153, %v152, %v143) ({
          ^bb0(%v154: tensor<f32>, %v155: tensor<f32>):
            "stablehlo.return"(%v155) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x1x16xf32>) -> tensor<1x2x64x16xf32>
        %v157 = "stablehlo.reshape"(%v156) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
        %v158 = "stablehlo.reshape"(%v59) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
        %v161 = "stablehlo.scatter"(%v158, %v152, %v148) ({
          ^bb0(%v159: tensor<f32>, %v160: tensor<f32>):
            "stablehlo.return"(%v160) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x1x16xf32>) -> tensor<1x2x64x16xf32>
        %v162 = "stablehlo.reshape"(%v161) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
        %v163 = "stablehlo.reshape"(%v127) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v164 = "stablehlo.reshape"(%v163) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v165 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v166 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v167 = "stablehlo.reshape"(%v166) : (tensor<1xi32>) -> tensor<i32>
        %v168 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v169 = "stablehlo.multiply"(%v167, %v168) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v170 = "stablehlo.dynamic_slice"(%v157, %v169, %v165, %v165) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v171 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v172 = "stablehlo.reshape"(%v171) : (tensor<1xi32>) -> tensor<i32>
        %v173 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v174 = "stablehlo.multiply"(%v172, %v173) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v175 = "stablehlo.dynamic_slice"(%v162, %v174, %v165, %v165) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v176 = "stablehlo.dot_general"(%v164, %v170) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
        %v177 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
        %v178 = "stablehlo.broadcast_in_dim"(%v177) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
        %v179 = "stablehlo.multiply"(%v176, %v178) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
        %v180 = "stablehlo.reshape"(%v179) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v181 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v182 = "stablehlo.broadcast_in_dim"(%v181) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
        %v183 = "stablehlo.broadcast_in_dim"(%v85) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
        %v184 = "stablehlo.select"(%v183, %v180, %v182) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v185 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v189 = "stablehlo.reduce"(%v184, %v185) ({
          ^bb0(%v186: tensor<f32>, %v187: tensor<f32>):
            %v188 = "stablehlo.maximum"(%v186, %v187) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v188) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v190 = "stablehlo.reshape"(%v189) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v191 = "stablehlo.broadcast_in_dim"(%v190) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v192 = "stablehlo.subtract"(%v184, %v191) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v193 = "stablehlo.exponential"(%v192) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v194 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v198 = "stablehlo.reduce"(%v193, %v194) ({
          ^bb0(%v195: tensor<f32>, %v196: tensor<f32>):
            %v197 = "stablehlo.add"(%v195, %v196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v197) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v199 = "stablehlo.reshape"(%v198) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v200 = "stablehlo.broadcast_in_dim"(%v199) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v201 = "stablehlo.divide"(%v193, %v200) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v202 = "stablehlo.reshape"(%v201) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
        %v203 = "stablehlo.dot_general"(%v202, %v175) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
        %v204 = "stablehlo.reshape"(%v203) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v205 = "stablehlo.transpose"(%v204) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v206 = "stablehlo.reshape"(%v205) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v207 = "stablehlo.reshape"(%v206) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v209 = "stablehlo.dot_general"(%v208, %v207) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v210 = "stablehlo.transpose"(%v209) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v211 = "stablehlo.reshape"(%v210) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v212 = "stablehlo.add"(%v87, %v211) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v213 = "stablehlo.multiply"(%v212, %v212) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v214 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v218 = "stablehlo.reduce"(%v213, %v214) ({
          ^bb0(%v215: tensor<f32>, %v216: tensor<f32>):
            %v217 = "stablehlo.add"(%v215, %v216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v217) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v219 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v220 = "stablehlo.broadcast_in_dim"(%v219) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v221 = "stablehlo.divide"(%v218, %v220) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v222 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v223 = "stablehlo.broadcast_in_dim"(%v222) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v224 = "stablehlo.add"(%v221, %v223) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v225 = "stablehlo.rsqrt"(%v224) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v226 = "stablehlo.reshape"(%v225) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v227 = "stablehlo.broadcast_in_dim"(%v226) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v228 = "stablehlo.multiply"(%v212, %v227) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v230 = "stablehlo.broadcast_in_dim"(%v229) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v231 = "stablehlo.multiply"(%v228, %v230) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v232 = "stablehlo.reshape"(%v231) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v234 = "stablehlo.dot_general"(%v233, %v232) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v235 = "stablehlo.transpose"(%v234) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v236 = "stablehlo.reshape"(%v235) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v237 = "stablehlo.reshape"(%v236) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v238 = "stablehlo.slice"(%v237) {limit_indices = array<i64: 1, 1, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v239 = "stablehlo.reshape"(%v238) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v240 = "stablehlo.reshape"(%v236) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v241 = "stablehlo.slice"(%v240) {limit_indices = array<i64: 1, 1, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v242 = "stablehlo.reshape"(%v241) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v243 = "stablehlo.logistic"(%v239) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v244 = "stablehlo.multiply"(%v239, %v243) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v245 = "stablehlo.multiply"(%v244, %v242) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v246 = "stablehlo.reshape"(%v245) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v248 = "stablehlo.dot_general"(%v247, %v246) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v249 = "stablehlo.transpose"(%v248) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v250 = "stablehlo.reshape"(%v249) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v251 = "stablehlo.add"(%v212, %v250) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v252 = "stablehlo.multiply"(%v251, %v251) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v253 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v257 = "stablehlo.reduce"(%v252, %v253) ({
          ^bb0(%v254: tensor<f32>, %v255: tensor<f32>):
            %v256 = "stablehlo.add"(%v254, %v255) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v256) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v258 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v259 = "stablehlo.broadcast_in_dim"(%v258) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v260 = "stablehlo.divide"(%v257, %v259) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v261 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v262 = "stablehlo.broadcast_in_dim"(%v261) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v263 = "stablehlo.add"(%v260, %v262) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v264 = "stablehlo.rsqrt"(%v263) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v265 = "stablehlo.reshape"(%v264) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v266 = "stablehlo.broadcast_in_dim"(%v265) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v267 = "stablehlo.multiply"(%v251, %v266) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v269 = "stablehlo.broadcast_in_dim"(%v268) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v270 = "stablehlo.multiply"(%v267, %v269) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v271 = "stablehlo.reshape"(%v270) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v273 = "stablehlo.dot_general"(%v272, %v271) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v274 = "stablehlo.transpose"(%v273) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v275 = "stablehlo.reshape"(%v274) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v276 = "stablehlo.reshape"(%v275) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v277 = "stablehlo.slice"(%v276) {limit_indices = array<i64: 1, 1, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x32xf32>
        %v278 = "stablehlo.reshape"(%v277) : (tensor<1x1x2x32xf32>) -> tensor<1x1x64xf32>
        %v279 = "stablehlo.reshape"(%v278) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v280 = "stablehlo.transpose"(%v279) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v281 = "stablehlo.slice"(%v280) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v282 = "stablehlo.slice"(%v280) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v283 = "stablehlo.negate"(%v282) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v284 = "stablehlo.concatenate"(%v283, %v281) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v285 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v286 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v287 = "stablehlo.broadcast_in_dim"(%v285) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v288 = "stablehlo.multiply"(%v280, %v287) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v289 = "stablehlo.broadcast_in_dim"(%v286) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v290 = "stablehlo.multiply"(%v284, %v289) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v291 = "stablehlo.add"(%v288, %v290) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v292 = "stablehlo.reshape"(%v275) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v293 = "stablehlo.slice"(%v292) {limit_indices = array<i64: 1, 1, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v294 = "stablehlo.reshape"(%v293) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v295 = "stablehlo.reshape"(%v294) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v296 = "stablehlo.transpose"(%v295) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v297 = "stablehlo.slice"(%v296) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v298 = "stablehlo.slice"(%v296) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v299 = "stablehlo.negate"(%v298) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v300 = "stablehlo.concatenate"(%v299, %v297) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v301 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v302 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v303 = "stablehlo.broadcast_in_dim"(%v301) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v304 = "stablehlo.multiply"(%v296, %v303) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v305 = "stablehlo.broadcast_in_dim"(%v302) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v306 = "stablehlo.multiply"(%v300, %v305) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v307 = "stablehlo.add"(%v304, %v306) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v308 = "stablehlo.reshape"(%v275) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v309 = "stablehlo.slice"(%v308) {limit_indices = array<i64: 1, 1, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v310 = "stablehlo.reshape"(%v309) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v311 = "stablehlo.reshape"(%v310) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v312 = "stablehlo.transpose"(%v311) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v313 = "stablehlo.reshape"(%v149) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v314 = "stablehlo.reshape"(%v53) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v315 = "stablehlo.concatenate"(%v313, %v314) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
        %v316 = "stablehlo.reshape"(%v58) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
        %v319 = "stablehlo.scatter"(%v316, %v315, %v307) ({
          ^bb0(%v317: tensor<f32>, %v318: tensor<f32>):
            "stablehlo.return"(%v318) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x1x16xf32>) -> tensor<1x2x64x16xf32>
        %v320 = "stablehlo.reshape"(%v319) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
        %v321 = "stablehlo.reshape"(%v60) : (tensor<2x64x16xf32>) -> tensor<1x2x64x16xf32>
        %v324 = "stablehlo.scatter"(%v321, %v315, %v312) ({
          ^bb0(%v322: tensor<f32>, %v323: tensor<f32>):
            "stablehlo.return"(%v323) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 2], index_vector_dim = 1>, unique_indices = false} : (tensor<1x2x64x16xf32>, tensor<1x2xi32>, tensor<1x2x1x16xf32>) -> tensor<1x2x64x16xf32>
        %v325 = "stablehlo.reshape"(%v324) : (tensor<1x2x64x16xf32>) -> tensor<2x64x16xf32>
        %v326 = "stablehlo.reshape"(%v291) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v327 = "stablehlo.reshape"(%v326) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v328 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v329 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v330 = "stablehlo.reshape"(%v329) : (tensor<1xi32>) -> tensor<i32>
        %v331 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v332 = "stablehlo.multiply"(%v330, %v331) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v333 = "stablehlo.dynamic_slice"(%v320, %v332, %v328, %v328) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v334 = "stablehlo.slice"(%v149) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v335 = "stablehlo.reshape"(%v334) : (tensor<1xi32>) -> tensor<i32>
        %v336 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v337 = "stablehlo.multiply"(%v335, %v336) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v338 = "stablehlo.dynamic_slice"(%v325, %v337, %v328, %v328) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v339 = "stablehlo.dot_general"(%v327, %v333) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
        %v340 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
        %v341 = "stablehlo.broadcast_in_dim"(%v340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
        %v342 = "stablehlo.multiply"(%v339, %v341) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
        %v343 = "stablehlo.reshape"(%v342) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v344 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v345 = "stablehlo.broadcast_in_dim"(%v344) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
        %v346 = "stablehlo.broadcast_in_dim"(%v85) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
        %v347 = "stablehlo.select"(%v346, %v343, %v345) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v348 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v352 = "stablehlo.reduce"(%v347, %v348) ({
          ^bb0(%v349: tensor<f32>, %v350: tensor<f32>):
            %v351 = "stablehlo.maximum"(%v349, %v350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v351) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v353 = "stablehlo.reshape"(%v352) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v354 = "stablehlo.broadcast_in_dim"(%v353) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v355 = "stablehlo.subtract"(%v347, %v354) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v356 = "stablehlo.exponential"(%v355) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v357 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v361 = "stablehlo.reduce"(%v356, %v357) ({
          ^bb0(%v358: tensor<f32>, %v359: tensor<f32>):
            %v360 = "stablehlo.add"(%v358, %v359) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v360) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v362 = "stablehlo.reshape"(%v361) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v363 = "stablehlo.broadcast_in_dim"(%v362) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v364 = "stablehlo.divide"(%v356, %v363) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v365 = "stablehlo.reshape"(%v364) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
        %v366 = "stablehlo.dot_general"(%v365, %v338) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
        %v367 = "stablehlo.reshape"(%v366) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v368 = "stablehlo.transpose"(%v367) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v369 = "stablehlo.reshape"(%v368) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v370 = "stablehlo.reshape"(%v369) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v372 = "stablehlo.dot_general"(%v371, %v370) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v373 = "stablehlo.transpose"(%v372) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v374 = "stablehlo.reshape"(%v373) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v375 = "stablehlo.add"(%v251, %v374) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v376 = "stablehlo.multiply"(%v375, %v375) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v377 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v381 = "stablehlo.reduce"(%v376, %v377) ({
          ^bb0(%v378: tensor<f32>, %v379: tensor<f32>):
            %v380 = "stablehlo.add"(%v378, %v379) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v380) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v382 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v383 = "stablehlo.broadcast_in_dim"(%v382) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v384 = "stablehlo.divide"(%v381, %v383) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v385 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v386 = "stablehlo.broadcast_in_dim"(%v385) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v387 = "stablehlo.add"(%v384, %v386) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v388 = "stablehlo.rsqrt"(%v387) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v389 = "stablehlo.reshape"(%v388) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v390 = "stablehlo.broadcast_in_dim"(%v389) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v391 = "stablehlo.multiply"(%v375, %v390) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v393 = "stablehlo.broadcast_in_dim"(%v392) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v394 = "stablehlo.multiply"(%v391, %v393) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v395 = "stablehlo.reshape"(%v394) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v397 = "stablehlo.dot_general"(%v396, %v395) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v398 = "stablehlo.transpose"(%v397) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v399 = "stablehlo.reshape"(%v398) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v400 = "stablehlo.reshape"(%v399) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v401 = "stablehlo.slice"(%v400) {limit_indices = array<i64: 1, 1, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v402 = "stablehlo.reshape"(%v401) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v403 = "stablehlo.reshape"(%v399) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v404 = "stablehlo.slice"(%v403) {limit_indices = array<i64: 1, 1, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v405 = "stablehlo.reshape"(%v404) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v406 = "stablehlo.logistic"(%v402) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v407 = "stablehlo.multiply"(%v402, %v406) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v408 = "stablehlo.multiply"(%v407, %v405) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v409 = "stablehlo.reshape"(%v408) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v411 = "stablehlo.dot_general"(%v410, %v409) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v412 = "stablehlo.transpose"(%v411) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v413 = "stablehlo.reshape"(%v412) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v414 = "stablehlo.add"(%v375, %v413) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v415 = "stablehlo.multiply"(%v414, %v414) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v416 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v420 = "stablehlo.reduce"(%v415, %v416) ({
          ^bb0(%v417: tensor<f32>, %v418: tensor<f32>):
            %v419 = "stablehlo.add"(%v417, %v418) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v419) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v421 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v422 = "stablehlo.broadcast_in_dim"(%v421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v423 = "stablehlo.divide"(%v420, %v422) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v424 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v425 = "stablehlo.broadcast_in_dim"(%v424) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v426 = "stablehlo.add"(%v423, %v425) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v427 = "stablehlo.rsqrt"(%v426) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v428 = "stablehlo.reshape"(%v427) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v429 = "stablehlo.broadcast_in_dim"(%v428) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v430 = "stablehlo.multiply"(%v414, %v429) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v432 = "stablehlo.broadcast_in_dim"(%v431) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v433 = "stablehlo.multiply"(%v430, %v432) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v434 = "stablehlo.reshape"(%v433) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v436 = "stablehlo.dot_general"(%v435, %v434) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
        %v437 = "stablehlo.transpose"(%v436) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
        %v438 = "stablehlo.reshape"(%v437) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v439 = "stablehlo.reshape"(%v438) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v441 = "stablehlo.reshape"(%v440) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v442 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v443 = "stablehlo.broadcast_in_dim"(%v442) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v444 = "stablehlo.compare"(%v441, %v443) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v445 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v446 = "stablehlo.broadcast_in_dim"(%v445) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v447 = "stablehlo.select"(%v444, %v446, %v441) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v448 = "stablehlo.broadcast_in_dim"(%v447) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v449 = "stablehlo.divide"(%v439, %v448) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v450 = "stablehlo.bitcast_convert"(%v449) : (tensor<1x96xf32>) -> tensor<1x96xui32>
        %v451 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v452 = "stablehlo.broadcast_in_dim"(%v451) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v453 = "stablehlo.compare"(%v450, %v452) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v454 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
        %v455 = "stablehlo.broadcast_in_dim"(%v454) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v456 = "stablehlo.xor"(%v450, %v455) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v457 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v458 = "stablehlo.broadcast_in_dim"(%v457) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v459 = "stablehlo.or"(%v450, %v458) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v460 = "stablehlo.select"(%v453, %v456, %v459) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v462 = "stablehlo.reshape"(%v461) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v463 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v464 = "stablehlo.broadcast_in_dim"(%v463) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
        %v465 = "stablehlo.compare"(%v462, %v464) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v466 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v467 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v468 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v507, %v508, %v509, %v510, %v511 = "stablehlo.while"(%v466, %v467, %v468, %v460, %v462) ({
          ^bb0(%v469: tensor<i32>, %v470: tensor<1x1xui32>, %v471: tensor<1x1xui32>, %v505: tensor<1x96xui32>, %v506: tensor<1x1xi32>):
            %v472 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v473 = "stablehlo.compare"(%v469, %v472) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v473) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v475: tensor<i32>, %v476: tensor<1x1xui32>, %v477: tensor<1x1xui32>, %v484: tensor<1x96xui32>, %v493: tensor<1x1xi32>):
            %v478 = "stablehlo.subtract"(%v477, %v476) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v479 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v480 = "stablehlo.broadcast_in_dim"(%v479) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v481 = "stablehlo.shift_right_logical"(%v478, %v480) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v482 = "stablehlo.add"(%v476, %v481) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v483 = "stablehlo.broadcast_in_dim"(%v482) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v485 = "stablehlo.compare"(%v484, %v483) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v486 = "stablehlo.convert"(%v485) : (tensor<1x96xi1>) -> tensor<1x96xi32>
            %v487 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %v491 = "stablehlo.reduce"(%v486, %v487) ({
              ^bb0(%v488: tensor<i32>, %v489: tensor<i32>):
                %v490 = "stablehlo.add"(%v488, %v489) : (tensor<i32>, tensor<i32>) -> tensor<i32>
                "stablehlo.return"(%v490) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
            %v492 = "stablehlo.reshape"(%v491) : (tensor<1xi32>) -> tensor<1x1xi32>
            %v494 = "stablehlo.compare"(%v492, %v493) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
            %v495 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v496 = "stablehlo.add"(%v475, %v495) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v497 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v498 = "stablehlo.broadcast_in_dim"(%v497) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v499 = "stablehlo.add"(%v482, %v498) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v500 = "stablehlo.select"(%v494, %v476, %v499) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v501 = "stablehlo.select"(%v494, %v482, %v477) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v496, %v500, %v501, %v484, %v493) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
        %v512 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v513 = "stablehlo.broadcast_in_dim"(%v512) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v514 = "stablehlo.select"(%v465, %v513, %v509) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v515 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v519 = "stablehlo.reduce"(%v449, %v515) ({
          ^bb0(%v516: tensor<f32>, %v517: tensor<f32>):
            %v518 = "stablehlo.maximum"(%v516, %v517) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v518) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v520 = "stablehlo.reshape"(%v519) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v521 = "stablehlo.broadcast_in_dim"(%v520) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v522 = "stablehlo.subtract"(%v449, %v521) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v523 = "stablehlo.exponential"(%v522) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v524 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v528 = "stablehlo.reduce"(%v523, %v524) ({
          ^bb0(%v525: tensor<f32>, %v526: tensor<f32>):
            %v527 = "stablehlo.add"(%v525, %v526) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v527) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v529 = "stablehlo.reshape"(%v528) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v530 = "stablehlo.broadcast_in_dim"(%v529) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v531 = "stablehlo.divide"(%v523, %v530) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v533 = "stablehlo.reshape"(%v532) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v534 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v535 = "stablehlo.broadcast_in_dim"(%v534) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v536 = "stablehlo.compare"(%v533, %v535) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v537 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v538 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v539 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v540 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v584, %v585, %v586, %v587, %v588, %v589, %v590 = "stablehlo.while"(%v538, %v539, %v540, %v460, %v537, %v531, %v533) ({
          ^bb0(%v541: tensor<i32>, %v542: tensor<1x1xui32>, %v543: tensor<1x1xui32>, %v580: tensor<1x96xui32>, %v581: tensor<f32>, %v582: tensor<1x96xf32>, %v583: tensor<1x1xf32>):
            %v544 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v545 = "stablehlo.compare"(%v541, %v544) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v545) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v547: tensor<i32>, %v548: tensor<1x1xui32>, %v549: tensor<1x1xui32>, %v556: tensor<1x96xui32>, %v558: tensor<f32>, %v560: tensor<1x96xf32>, %v568: tensor<1x1xf32>):
            %v550 = "stablehlo.subtract"(%v549, %v548) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v551 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v552 = "stablehlo.broadcast_in_dim"(%v551) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v553 = "stablehlo.shift_right_logical"(%v550, %v552) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v554 = "stablehlo.add"(%v548, %v553) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v555 = "stablehlo.broadcast_in_dim"(%v554) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v557 = "stablehlo.compare"(%v556, %v555) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v559 = "stablehlo.broadcast_in_dim"(%v558) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
            %v561 = "stablehlo.select"(%v557, %v560, %v559) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
            %v562 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
            %v566 = "stablehlo.reduce"(%v561, %v562) ({
              ^bb0(%v563: tensor<f32>, %v564: tensor<f32>):
                %v565 = "stablehlo.add"(%v563, %v564) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%v565) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
            %v567 = "stablehlo.reshape"(%v566) : (tensor<1xf32>) -> tensor<1x1xf32>
            %v569 = "stablehlo.compare"(%v567, %v568) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
            %v570 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v571 = "stablehlo.add"(%v547, %v570) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v572 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v573 = "stablehlo.broadcast_in_dim"(%v572) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v574 = "stablehlo.add"(%v554, %v573) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v575 = "stablehlo.select"(%v569, %v548, %v574) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v576 = "stablehlo.select"(%v569, %v554, %v549) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v571, %v575, %v576, %v556, %v558, %v560, %v568) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
        %v591 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v592 = "stablehlo.broadcast_in_dim"(%v591) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v593 = "stablehlo.select"(%v536, %v592, %v586) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v594 = "stablehlo.maximum"(%v514, %v593) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v595 = "stablehlo.broadcast_in_dim"(%v594) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v596 = "stablehlo.compare"(%v460, %v595) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v597 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v598 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v599 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
        %v600 = "stablehlo.broadcast_in_dim"(%v599) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v601 = "stablehlo.xor"(%v597, %v600) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v602 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v603 = "stablehlo.broadcast_in_dim"(%v602) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v604 = "stablehlo.shift_right_logical"(%v601, %v603) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v605 = "stablehlo.xor"(%v601, %v604) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v606 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v607 = "stablehlo.broadcast_in_dim"(%v606) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v608 = "stablehlo.multiply"(%v605, %v607) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v609 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v610 = "stablehlo.broadcast_in_dim"(%v609) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v611 = "stablehlo.shift_right_logical"(%v608, %v610) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v612 = "stablehlo.xor"(%v608, %v611) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v613 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v614 = "stablehlo.broadcast_in_dim"(%v613) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v615 = "stablehlo.multiply"(%v612, %v614) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v616 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v617 = "stablehlo.broadcast_in_dim"(%v616) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v618 = "stablehlo.shift_right_logical"(%v615, %v617) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v619 = "stablehlo.xor"(%v615, %v618) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v620 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v621 = "stablehlo.xor"(%v619, %v620) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v622 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v623 = "stablehlo.broadcast_in_dim"(%v622) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v624 = "stablehlo.shift_right_logical"(%v621, %v623) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v625 = "stablehlo.xor"(%v621, %v624) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v626 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v627 = "stablehlo.broadcast_in_dim"(%v626) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v628 = "stablehlo.multiply"(%v625, %v627) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v629 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v630 = "stablehlo.broadcast_in_dim"(%v629) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v631 = "stablehlo.shift_right_logical"(%v628, %v630) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v632 = "stablehlo.xor"(%v628, %v631) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v633 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v634 = "stablehlo.broadcast_in_dim"(%v633) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v635 = "stablehlo.multiply"(%v632, %v634) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v636 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v637 = "stablehlo.broadcast_in_dim"(%v636) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v638 = "stablehlo.shift_right_logical"(%v635, %v637) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v639 = "stablehlo.xor"(%v635, %v638) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v640 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v641 = "stablehlo.xor"(%v639, %v640) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v642 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v643 = "stablehlo.broadcast_in_dim"(%v642) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v644 = "stablehlo.shift_right_logical"(%v641, %v643) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v645 = "stablehlo.xor"(%v641, %v644) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v646 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v647 = "stablehlo.broadcast_in_dim"(%v646) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v648 = "stablehlo.multiply"(%v645, %v647) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v649 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v650 = "stablehlo.broadcast_in_dim"(%v649) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v651 = "stablehlo.shift_right_logical"(%v648, %v650) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v652 = "stablehlo.xor"(%v648, %v651) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v653 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v654 = "stablehlo.broadcast_in_dim"(%v653) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v655 = "stablehlo.multiply"(%v652, %v654) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v656 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v657 = "stablehlo.broadcast_in_dim"(%v656) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v658 = "stablehlo.shift_right_logical"(%v655, %v657) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v659 = "stablehlo.xor"(%v655, %v658) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v660 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
        %v661 = "stablehlo.broadcast_in_dim"(%v659) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v662 = "stablehlo.xor"(%v660, %v661) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v663 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v664 = "stablehlo.broadcast_in_dim"(%v663) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v665 = "stablehlo.shift_right_logical"(%v662, %v664) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v666 = "stablehlo.xor"(%v662, %v665) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v667 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v668 = "stablehlo.broadcast_in_dim"(%v667) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v669 = "stablehlo.multiply"(%v666, %v668) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v670 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v671 = "stablehlo.broadcast_in_dim"(%v670) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v672 = "stablehlo.shift_right_logical"(%v669, %v671) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v673 = "stablehlo.xor"(%v669, %v672) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v674 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v675 = "stablehlo.broadcast_in_dim"(%v674) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v676 = "stablehlo.multiply"(%v673, %v675) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v677 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v678 = "stablehlo.broadcast_in_dim"(%v677) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v679 = "stablehlo.shift_right_logical"(%v676, %v678) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v680 = "stablehlo.xor"(%v676, %v679) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v681 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
        %v682 = "stablehlo.broadcast_in_dim"(%v681) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v683 = "stablehlo.add"(%v680, %v682) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v684 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v685 = "stablehlo.broadcast_in_dim"(%v684) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v686 = "stablehlo.shift_right_logical"(%v683, %v685) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v687 = "stablehlo.xor"(%v683, %v686) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v688 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v689 = "stablehlo.broadcast_in_dim"(%v688) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v690 = "stablehlo.multiply"(%v687, %v689) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v691 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v692 = "stablehlo.broadcast_in_dim"(%v691) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v693 = "stablehlo.shift_right_logical"(%v690, %v692) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v694 = "stablehlo.xor"(%v690, %v693) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v695 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v696 = "stablehlo.broadcast_in_dim"(%v695) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v697 = "stablehlo.multiply"(%v694, %v696) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v698 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v699 = "stablehlo.broadcast_in_dim"(%v698) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v700 = "stablehlo.shift_right_logical"(%v697, %v699) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v701 = "stablehlo.xor"(%v697, %v700) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v702 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %v703 = "stablehlo.broadcast_in_dim"(%v702) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v704 = "stablehlo.shift_right_logical"(%v701, %v703) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v705 = "stablehlo.convert"(%v704) : (tensor<1x96xui32>) -> tensor<1x96xf32>
        %v706 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
        %v707 = "stablehlo.broadcast_in_dim"(%v706) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v708 = "stablehlo.add"(%v705, %v707) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v709 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
        %v710 = "stablehlo.broadcast_in_dim"(%v709) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v711 = "stablehlo.multiply"(%v708, %v710) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v712 = "stablehlo.log"(%v711) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v713 = "stablehlo.negate"(%v712) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v714 = "stablehlo.log"(%v713) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v715 = "stablehlo.negate"(%v714) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v716 = "stablehlo.add"(%v449, %v715) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v717 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v718 = "stablehlo.broadcast_in_dim"(%v717) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v719 = "stablehlo.select"(%v596, %v716, %v718) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v720 = "stablehlo.reshape"(%v444) : (tensor<1x1xi1>) -> tensor<1xi1>
        %v721 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v722 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v723 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v735, %v736 = "stablehlo.reduce"(%v439, %v721, %v722, %v723) ({
          ^bb0(%v724: tensor<f32>, %v725: tensor<i32>, %v726: tensor<f32>, %v727: tensor<i32>):
            %v728 = "stablehlo.compare"(%v726, %v724) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v729 = "stablehlo.compare"(%v726, %v724) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v730 = "stablehlo.compare"(%v727, %v725) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v731 = "stablehlo.and"(%v729, %v730) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v732 = "stablehlo.or"(%v728, %v731) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v733 = "stablehlo.select"(%v732, %v726, %v724) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v734 = "stablehlo.select"(%v732, %v727, %v725) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v733, %v734) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v737 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v738 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v739 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v751, %v752 = "stablehlo.reduce"(%v719, %v737, %v738, %v739) ({
          ^bb0(%v740: tensor<f32>, %v741: tensor<i32>, %v742: tensor<f32>, %v743: tensor<i32>):
            %v744 = "stablehlo.compare"(%v742, %v740) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v745 = "stablehlo.compare"(%v742, %v740) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v746 = "stablehlo.compare"(%v743, %v741) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v747 = "stablehlo.and"(%v745, %v746) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v748 = "stablehlo.or"(%v744, %v747) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v749 = "stablehlo.select"(%v748, %v742, %v740) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v750 = "stablehlo.select"(%v748, %v743, %v741) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v749, %v750) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v753 = "stablehlo.select"(%v720, %v736, %v752) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v754 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v755 = "stablehlo.compare"(%v54, %v754) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v756 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v757 = "stablehlo.broadcast_in_dim"(%v756) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v758 = "stablehlo.select"(%v755, %v753, %v757) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v759 = "stablehlo.reshape"(%v758) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v760 = "stablehlo.dynamic_update_slice"(%v55, %v759, %v61, %v51) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v761 = "stablehlo.reshape"(%v753) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v762 = "stablehlo.broadcast_in_dim"(%v761) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v764 = "stablehlo.compare"(%v762, %v763) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v765 = "stablehlo.convert"(%v764) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v766 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v770 = "stablehlo.reduce"(%v765, %v766) ({
          ^bb0(%v767: tensor<i32>, %v768: tensor<i32>):
            %v769 = "stablehlo.maximum"(%v767, %v768) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v769) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v771 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v772 = "stablehlo.compare"(%v770, %v771) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v773 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v774 = "stablehlo.broadcast_in_dim"(%v773) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v775 = "stablehlo.subtract"(%v54, %v774) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v776 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v777 = "stablehlo.maximum"(%v775, %v776) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v778 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v779 = "stablehlo.select"(%v772, %v778, %v777) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v780 = "stablehlo.reshape"(%v755) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v781 = "stablehlo.reshape"(%v753) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v782 = "stablehlo.select"(%v780, %v781, %v52) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v783 = "stablehlo.convert"(%v755) : (tensor<1xi1>) -> tensor<1xi32>
        %v784 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v785 = "stablehlo.add"(%v51, %v784) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v786 = "stablehlo.add"(%v53, %v783) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v787 = "stablehlo.convert"(%v783) : (tensor<1xi32>) -> tensor<1xui32>
        %v788 = "stablehlo.reshape"(%v787) : (tensor<1xui32>) -> tensor<1x1xui32>
        %v789 = "stablehlo.constant"() {value = dense<0> : tensor<1x2xui32>} : () -> tensor<1x2xui32>
        %v790 = "stablehlo.concatenate"(%v789, %v788) {dimension = 1 : i64} : (tensor<1x2xui32>, tensor<1x1xui32>) -> tensor<1x3xui32>
        %v791 = "stablehlo.add"(%v56, %v790) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
        "stablehlo.return"(%v785, %v782, %v786, %v779, %v760, %v791, %v157, %v320, %v162, %v325, %v86, %v104, %v108, %v149, %v208, %v229, %v233, %v247, %v268, %v272, %v371, %v392, %v396, %v410, %v431, %v435, %v440, %v461, %v532, %v763) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>)
    "func.return"(%v826, %v828, %v829, %v830, %v831) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
