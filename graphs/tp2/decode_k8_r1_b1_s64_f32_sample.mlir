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
    %v836, %v837, %v838, %v839, %v840, %v841, %v842, %v843, %v844, %v845, %v846, %v847, %v848, %v849, %v850, %v851, %v852, %v853, %v854, %v855, %v856, %v857, %v858, %v859, %v860, %v861, %v862, %v863, %v864, %v865 = "stablehlo.while"(%v28, %v15, %v16, %v18, %v29, %v27, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v17, %v3, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v24, %v25, %v26, %v19) ({
      ^bb0(%v30: tensor<i32>, %v31: tensor<1x1xi32>, %v32: tensor<1xi32>, %v33: tensor<1xi32>, %v34: tensor<1x8xi32>, %v35: tensor<1x3xui32>, %v36: tensor<2x64x16xf32>, %v37: tensor<2x64x16xf32>, %v38: tensor<2x64x16xf32>, %v39: tensor<2x64x16xf32>, %v816: tensor<96x64xf32>, %v817: tensor<64xf32>, %v818: tensor<128x64xf32>, %v819: tensor<1xi32>, %v820: tensor<64x64xf32>, %v821: tensor<64xf32>, %v822: tensor<320x64xf32>, %v823: tensor<64x160xf32>, %v824: tensor<64xf32>, %v825: tensor<128x64xf32>, %v826: tensor<64x64xf32>, %v827: tensor<64xf32>, %v828: tensor<320x64xf32>, %v829: tensor<64x160xf32>, %v830: tensor<64xf32>, %v831: tensor<96x64xf32>, %v832: tensor<1xf32>, %v833: tensor<1xi32>, %v834: tensor<1xf32>, %v835: tensor<1x8xi32>):
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
      ^bb0(%v51: tensor<i32>, %v52: tensor<1x1xi32>, %v53: tensor<1xi32>, %v54: tensor<1xi32>, %v55: tensor<1x8xi32>, %v56: tensor<1x3xui32>, %v57: tensor<2x64x16xf32>, %v58: tensor<2x64x16xf32>, %v59: tensor<2x64x16xf32>, %v60: tensor<2x64x16xf32>, %v86: tensor<96x64xf32>, %v104: tensor<64xf32>, %v108: tensor<128x64xf32>, %v151: tensor<1xi32>, %v215: tensor<64x64xf32>, %v236: tensor<64xf32>, %v240: tensor<320x64xf32>, %v254: tensor<64x160xf32>, %v275: tensor<64xf32>, %v279: tensor<128x64xf32>, %v385: tensor<64x64xf32>, %v406: tensor<64xf32>, %v410: tensor<320x64xf32>, %v424: tensor<64x160xf32>, %v445: tensor<64xf32>, %v449: tensor<96x64xf32>, %v454: tensor<1xf32>, %v475: tensor<1xi32>, %v546: tensor<1xf32>, %v777: tensor<1x8xi32>):
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
        %v149 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v150 = "stablehlo.broadcast_in_dim"(%v149) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v152 = "stablehlo.multiply"(%v151, %v150) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v153 = "stablehlo.reshape"(%v152) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v154 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v155 = "stablehlo.broadcast_in_dim"(%v153) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v156 = "stablehlo.add"(%v155, %v154) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v157 = "stablehlo.reshape"(%v53) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v158 = "stablehlo.broadcast_in_dim"(%v157) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v159 = "stablehlo.reshape"(%v156) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v160 = "stablehlo.reshape"(%v158) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v161 = "stablehlo.concatenate"(%v159, %v160) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v162 = "stablehlo.reshape"(%v143) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v163 = "stablehlo.reshape"(%v148) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v166 = "stablehlo.scatter"(%v57, %v161, %v162) ({
          ^bb0(%v164: tensor<f32>, %v165: tensor<f32>):
            "stablehlo.return"(%v165) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v169 = "stablehlo.scatter"(%v59, %v161, %v163) ({
          ^bb0(%v167: tensor<f32>, %v168: tensor<f32>):
            "stablehlo.return"(%v168) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v170 = "stablehlo.reshape"(%v127) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v171 = "stablehlo.reshape"(%v170) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v172 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v173 = "stablehlo.slice"(%v151) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v174 = "stablehlo.reshape"(%v173) : (tensor<1xi32>) -> tensor<i32>
        %v175 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v176 = "stablehlo.multiply"(%v174, %v175) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v177 = "stablehlo.dynamic_slice"(%v166, %v176, %v172, %v172) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v178 = "stablehlo.slice"(%v151) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v179 = "stablehlo.reshape"(%v178) : (tensor<1xi32>) -> tensor<i32>
        %v180 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v181 = "stablehlo.multiply"(%v179, %v180) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v182 = "stablehlo.dynamic_slice"(%v169, %v181, %v172, %v172) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v183 = "stablehlo.dot_general"(%v171, %v177) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
        %v184 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
        %v185 = "stablehlo.broadcast_in_dim"(%v184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
        %v186 = "stablehlo.multiply"(%v183, %v185) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
        %v187 = "stablehlo.reshape"(%v186) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v188 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v189 = "stablehlo.broadcast_in_dim"(%v188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
        %v190 = "stablehlo.broadcast_in_dim"(%v85) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
        %v191 = "stablehlo.select"(%v190, %v187, %v189) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v192 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v196 = "stablehlo.reduce"(%v191, %v192) ({
          ^bb0(%v193: tensor<f32>, %v194: tensor<f32>):
            %v195 = "stablehlo.maximum"(%v193, %v194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v195) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v197 = "stablehlo.reshape"(%v196) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v198 = "stablehlo.broadcast_in_dim"(%v197) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v199 = "stablehlo.subtract"(%v191, %v198) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v200 = "stablehlo.exponential"(%v199) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v201 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v205 = "stablehlo.reduce"(%v200, %v201) ({
          ^bb0(%v202: tensor<f32>, %v203: tensor<f32>):
            %v204 = "stablehlo.add"(%v202, %v203) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v204) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v206 = "stablehlo.reshape"(%v205) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v207 = "stablehlo.broadcast_in_dim"(%v206) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v208 = "stablehlo.divide"(%v200, %v207) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v209 = "stablehlo.reshape"(%v208) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
        %v210 = "stablehlo.dot_general"(%v209, %v182) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
        %v211 = "stablehlo.reshape"(%v210) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v212 = "stablehlo.transpose"(%v211) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v213 = "stablehlo.reshape"(%v212) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v214 = "stablehlo.reshape"(%v213) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v216 = "stablehlo.dot_general"(%v215, %v214) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v217 = "stablehlo.transpose"(%v216) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v218 = "stablehlo.reshape"(%v217) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v219 = "stablehlo.add"(%v87, %v218) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v220 = "stablehlo.multiply"(%v219, %v219) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v221 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v225 = "stablehlo.reduce"(%v220, %v221) ({
          ^bb0(%v222: tensor<f32>, %v223: tensor<f32>):
            %v224 = "stablehlo.add"(%v222, %v223) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v224) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v226 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v227 = "stablehlo.broadcast_in_dim"(%v226) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v228 = "stablehlo.divide"(%v225, %v227) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v229 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v230 = "stablehlo.broadcast_in_dim"(%v229) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v231 = "stablehlo.add"(%v228, %v230) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v232 = "stablehlo.rsqrt"(%v231) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v233 = "stablehlo.reshape"(%v232) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v234 = "stablehlo.broadcast_in_dim"(%v233) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v235 = "stablehlo.multiply"(%v219, %v234) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v237 = "stablehlo.broadcast_in_dim"(%v236) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v238 = "stablehlo.multiply"(%v235, %v237) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v239 = "stablehlo.reshape"(%v238) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v241 = "stablehlo.dot_general"(%v240, %v239) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v242 = "stablehlo.transpose"(%v241) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v243 = "stablehlo.reshape"(%v242) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v244 = "stablehlo.reshape"(%v243) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v245 = "stablehlo.slice"(%v244) {limit_indices = array<i64: 1, 1, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v246 = "stablehlo.reshape"(%v245) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v247 = "stablehlo.reshape"(%v243) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v248 = "stablehlo.slice"(%v247) {limit_indices = array<i64: 1, 1, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v249 = "stablehlo.reshape"(%v248) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v250 = "stablehlo.logistic"(%v246) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v251 = "stablehlo.multiply"(%v246, %v250) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v252 = "stablehlo.multiply"(%v251, %v249) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v253 = "stablehlo.reshape"(%v252) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v255 = "stablehlo.dot_general"(%v254, %v253) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v256 = "stablehlo.transpose"(%v255) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v257 = "stablehlo.reshape"(%v256) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v258 = "stablehlo.add"(%v219, %v257) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v259 = "stablehlo.multiply"(%v258, %v258) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v260 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v264 = "stablehlo.reduce"(%v259, %v260) ({
          ^bb0(%v261: tensor<f32>, %v262: tensor<f32>):
            %v263 = "stablehlo.add"(%v261, %v262) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v263) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v265 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v266 = "stablehlo.broadcast_in_dim"(%v265) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v267 = "stablehlo.divide"(%v264, %v266) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v268 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v269 = "stablehlo.broadcast_in_dim"(%v268) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v270 = "stablehlo.add"(%v267, %v269) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v271 = "stablehlo.rsqrt"(%v270) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v272 = "stablehlo.reshape"(%v271) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v273 = "stablehlo.broadcast_in_dim"(%v272) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v274 = "stablehlo.multiply"(%v258, %v273) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v276 = "stablehlo.broadcast_in_dim"(%v275) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v277 = "stablehlo.multiply"(%v274, %v276) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v278 = "stablehlo.reshape"(%v277) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v280 = "stablehlo.dot_general"(%v279, %v278) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<128x64xf32>, tensor<1x64xf32>) -> tensor<128x1xf32>
        %v281 = "stablehlo.transpose"(%v280) {permutation = array<i64: 1, 0>} : (tensor<128x1xf32>) -> tensor<1x128xf32>
        %v282 = "stablehlo.reshape"(%v281) : (tensor<1x128xf32>) -> tensor<1x1x128xf32>
        %v283 = "stablehlo.reshape"(%v282) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v284 = "stablehlo.slice"(%v283) {limit_indices = array<i64: 1, 1, 2, 32>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x32xf32>
        %v285 = "stablehlo.reshape"(%v284) : (tensor<1x1x2x32xf32>) -> tensor<1x1x64xf32>
        %v286 = "stablehlo.reshape"(%v285) : (tensor<1x1x64xf32>) -> tensor<1x1x4x16xf32>
        %v287 = "stablehlo.transpose"(%v286) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x4x16xf32>) -> tensor<1x4x1x16xf32>
        %v288 = "stablehlo.slice"(%v287) {limit_indices = array<i64: 1, 4, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v289 = "stablehlo.slice"(%v287) {limit_indices = array<i64: 1, 4, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x1x16xf32>) -> tensor<1x4x1x8xf32>
        %v290 = "stablehlo.negate"(%v289) : (tensor<1x4x1x8xf32>) -> tensor<1x4x1x8xf32>
        %v291 = "stablehlo.concatenate"(%v290, %v288) {dimension = 3 : i64} : (tensor<1x4x1x8xf32>, tensor<1x4x1x8xf32>) -> tensor<1x4x1x16xf32>
        %v292 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v293 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v294 = "stablehlo.broadcast_in_dim"(%v292) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v295 = "stablehlo.multiply"(%v287, %v294) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v296 = "stablehlo.broadcast_in_dim"(%v293) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v297 = "stablehlo.multiply"(%v291, %v296) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v298 = "stablehlo.add"(%v295, %v297) : (tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
        %v299 = "stablehlo.reshape"(%v282) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v300 = "stablehlo.slice"(%v299) {limit_indices = array<i64: 1, 1, 2, 48>, start_indices = array<i64: 0, 0, 0, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v301 = "stablehlo.reshape"(%v300) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v302 = "stablehlo.reshape"(%v301) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v303 = "stablehlo.transpose"(%v302) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v304 = "stablehlo.slice"(%v303) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v305 = "stablehlo.slice"(%v303) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
        %v306 = "stablehlo.negate"(%v305) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
        %v307 = "stablehlo.concatenate"(%v306, %v304) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
        %v308 = "stablehlo.reshape"(%v72) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v309 = "stablehlo.reshape"(%v73) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
        %v310 = "stablehlo.broadcast_in_dim"(%v308) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v311 = "stablehlo.multiply"(%v303, %v310) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v312 = "stablehlo.broadcast_in_dim"(%v309) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v313 = "stablehlo.multiply"(%v307, %v312) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v314 = "stablehlo.add"(%v311, %v313) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
        %v315 = "stablehlo.reshape"(%v282) : (tensor<1x1x128xf32>) -> tensor<1x1x2x64xf32>
        %v316 = "stablehlo.slice"(%v315) {limit_indices = array<i64: 1, 1, 2, 64>, start_indices = array<i64: 0, 0, 0, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x64xf32>) -> tensor<1x1x2x16xf32>
        %v317 = "stablehlo.reshape"(%v316) : (tensor<1x1x2x16xf32>) -> tensor<1x1x32xf32>
        %v318 = "stablehlo.reshape"(%v317) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
        %v319 = "stablehlo.transpose"(%v318) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
        %v320 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v321 = "stablehlo.broadcast_in_dim"(%v320) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v322 = "stablehlo.multiply"(%v151, %v321) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v323 = "stablehlo.reshape"(%v322) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v324 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x2xi32>
        %v325 = "stablehlo.broadcast_in_dim"(%v323) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v326 = "stablehlo.add"(%v325, %v324) : (tensor<1x2xi32>, tensor<1x2xi32>) -> tensor<1x2xi32>
        %v327 = "stablehlo.reshape"(%v53) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v328 = "stablehlo.broadcast_in_dim"(%v327) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x2xi32>
        %v329 = "stablehlo.reshape"(%v326) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v330 = "stablehlo.reshape"(%v328) : (tensor<1x2xi32>) -> tensor<2x1xi32>
        %v331 = "stablehlo.concatenate"(%v329, %v330) {dimension = 1 : i64} : (tensor<2x1xi32>, tensor<2x1xi32>) -> tensor<2x2xi32>
        %v332 = "stablehlo.reshape"(%v314) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v333 = "stablehlo.reshape"(%v319) : (tensor<1x2x1x16xf32>) -> tensor<2x1x16xf32>
        %v336 = "stablehlo.scatter"(%v58, %v331, %v332) ({
          ^bb0(%v334: tensor<f32>, %v335: tensor<f32>):
            "stablehlo.return"(%v335) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v339 = "stablehlo.scatter"(%v60, %v331, %v333) ({
          ^bb0(%v337: tensor<f32>, %v338: tensor<f32>):
            "stablehlo.return"(%v338) : (tensor<f32>) -> ()
        }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<2x64x16xf32>, tensor<2x2xi32>, tensor<2x1x16xf32>) -> tensor<2x64x16xf32>
        %v340 = "stablehlo.reshape"(%v298) : (tensor<1x4x1x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v341 = "stablehlo.reshape"(%v340) : (tensor<1x2x2x1x16xf32>) -> tensor<2x2x16xf32>
        %v342 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v343 = "stablehlo.slice"(%v151) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v344 = "stablehlo.reshape"(%v343) : (tensor<1xi32>) -> tensor<i32>
        %v345 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v346 = "stablehlo.multiply"(%v344, %v345) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v347 = "stablehlo.dynamic_slice"(%v336, %v346, %v342, %v342) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v348 = "stablehlo.slice"(%v151) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>} : (tensor<1xi32>) -> tensor<1xi32>
        %v349 = "stablehlo.reshape"(%v348) : (tensor<1xi32>) -> tensor<i32>
        %v350 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %v351 = "stablehlo.multiply"(%v349, %v350) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v352 = "stablehlo.dynamic_slice"(%v339, %v351, %v342, %v342) {slice_sizes = array<i64: 2, 64, 16>} : (tensor<2x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2x64x16xf32>
        %v353 = "stablehlo.dot_general"(%v341, %v347) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x16xf32>, tensor<2x64x16xf32>) -> tensor<2x2x64xf32>
        %v354 = "stablehlo.constant"() {value = dense<0x3E800000> : tensor<f32>} : () -> tensor<f32>
        %v355 = "stablehlo.broadcast_in_dim"(%v354) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x64xf32>
        %v356 = "stablehlo.multiply"(%v353, %v355) : (tensor<2x2x64xf32>, tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
        %v357 = "stablehlo.reshape"(%v356) : (tensor<2x2x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v358 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v359 = "stablehlo.broadcast_in_dim"(%v358) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x1x64xf32>
        %v360 = "stablehlo.broadcast_in_dim"(%v85) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x1x1x1x64xi1>) -> tensor<1x2x2x1x64xi1>
        %v361 = "stablehlo.select"(%v360, %v357, %v359) : (tensor<1x2x2x1x64xi1>, tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v362 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v366 = "stablehlo.reduce"(%v361, %v362) ({
          ^bb0(%v363: tensor<f32>, %v364: tensor<f32>):
            %v365 = "stablehlo.maximum"(%v363, %v364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v365) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v367 = "stablehlo.reshape"(%v366) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v368 = "stablehlo.broadcast_in_dim"(%v367) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v369 = "stablehlo.subtract"(%v361, %v368) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v370 = "stablehlo.exponential"(%v369) : (tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v371 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v375 = "stablehlo.reduce"(%v370, %v371) ({
          ^bb0(%v372: tensor<f32>, %v373: tensor<f32>):
            %v374 = "stablehlo.add"(%v372, %v373) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v374) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 4>} : (tensor<1x2x2x1x64xf32>, tensor<f32>) -> tensor<1x2x2x1xf32>
        %v376 = "stablehlo.reshape"(%v375) : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1x1xf32>
        %v377 = "stablehlo.broadcast_in_dim"(%v376) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<1x2x2x1x1xf32>) -> tensor<1x2x2x1x64xf32>
        %v378 = "stablehlo.divide"(%v370, %v377) : (tensor<1x2x2x1x64xf32>, tensor<1x2x2x1x64xf32>) -> tensor<1x2x2x1x64xf32>
        %v379 = "stablehlo.reshape"(%v378) : (tensor<1x2x2x1x64xf32>) -> tensor<2x2x64xf32>
        %v380 = "stablehlo.dot_general"(%v379, %v352) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2x64xf32>, tensor<2x64x16xf32>) -> tensor<2x2x16xf32>
        %v381 = "stablehlo.reshape"(%v380) : (tensor<2x2x16xf32>) -> tensor<1x2x2x1x16xf32>
        %v382 = "stablehlo.transpose"(%v381) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x2x2x1x16xf32>) -> tensor<1x1x2x2x16xf32>
        %v383 = "stablehlo.reshape"(%v382) : (tensor<1x1x2x2x16xf32>) -> tensor<1x1x64xf32>
        %v384 = "stablehlo.reshape"(%v383) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v386 = "stablehlo.dot_general"(%v385, %v384) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x64xf32>, tensor<1x64xf32>) -> tensor<64x1xf32>
        %v387 = "stablehlo.transpose"(%v386) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v388 = "stablehlo.reshape"(%v387) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v389 = "stablehlo.add"(%v258, %v388) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v390 = "stablehlo.multiply"(%v389, %v389) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v391 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v395 = "stablehlo.reduce"(%v390, %v391) ({
          ^bb0(%v392: tensor<f32>, %v393: tensor<f32>):
            %v394 = "stablehlo.add"(%v392, %v393) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v394) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v396 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v397 = "stablehlo.broadcast_in_dim"(%v396) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v398 = "stablehlo.divide"(%v395, %v397) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v399 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v400 = "stablehlo.broadcast_in_dim"(%v399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v401 = "stablehlo.add"(%v398, %v400) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v402 = "stablehlo.rsqrt"(%v401) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v403 = "stablehlo.reshape"(%v402) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v404 = "stablehlo.broadcast_in_dim"(%v403) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v405 = "stablehlo.multiply"(%v389, %v404) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v407 = "stablehlo.broadcast_in_dim"(%v406) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v408 = "stablehlo.multiply"(%v405, %v407) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v409 = "stablehlo.reshape"(%v408) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v411 = "stablehlo.dot_general"(%v410, %v409) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<320x64xf32>, tensor<1x64xf32>) -> tensor<320x1xf32>
        %v412 = "stablehlo.transpose"(%v411) {permutation = array<i64: 1, 0>} : (tensor<320x1xf32>) -> tensor<1x320xf32>
        %v413 = "stablehlo.reshape"(%v412) : (tensor<1x320xf32>) -> tensor<1x1x320xf32>
        %v414 = "stablehlo.reshape"(%v413) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v415 = "stablehlo.slice"(%v414) {limit_indices = array<i64: 1, 1, 2, 80>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v416 = "stablehlo.reshape"(%v415) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v417 = "stablehlo.reshape"(%v413) : (tensor<1x1x320xf32>) -> tensor<1x1x2x160xf32>
        %v418 = "stablehlo.slice"(%v417) {limit_indices = array<i64: 1, 1, 2, 160>, start_indices = array<i64: 0, 0, 0, 80>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x2x160xf32>) -> tensor<1x1x2x80xf32>
        %v419 = "stablehlo.reshape"(%v418) : (tensor<1x1x2x80xf32>) -> tensor<1x1x160xf32>
        %v420 = "stablehlo.logistic"(%v416) : (tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v421 = "stablehlo.multiply"(%v416, %v420) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v422 = "stablehlo.multiply"(%v421, %v419) : (tensor<1x1x160xf32>, tensor<1x1x160xf32>) -> tensor<1x1x160xf32>
        %v423 = "stablehlo.reshape"(%v422) : (tensor<1x1x160xf32>) -> tensor<1x160xf32>
        %v425 = "stablehlo.dot_general"(%v424, %v423) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<64x160xf32>, tensor<1x160xf32>) -> tensor<64x1xf32>
        %v426 = "stablehlo.transpose"(%v425) {permutation = array<i64: 1, 0>} : (tensor<64x1xf32>) -> tensor<1x64xf32>
        %v427 = "stablehlo.reshape"(%v426) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
        %v428 = "stablehlo.add"(%v389, %v427) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v429 = "stablehlo.multiply"(%v428, %v428) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v430 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v434 = "stablehlo.reduce"(%v429, %v430) ({
          ^bb0(%v431: tensor<f32>, %v432: tensor<f32>):
            %v433 = "stablehlo.add"(%v431, %v432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v433) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v435 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v436 = "stablehlo.broadcast_in_dim"(%v435) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v437 = "stablehlo.divide"(%v434, %v436) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v438 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v439 = "stablehlo.broadcast_in_dim"(%v438) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v440 = "stablehlo.add"(%v437, %v439) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v441 = "stablehlo.rsqrt"(%v440) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v442 = "stablehlo.reshape"(%v441) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v443 = "stablehlo.broadcast_in_dim"(%v442) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v444 = "stablehlo.multiply"(%v428, %v443) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v446 = "stablehlo.broadcast_in_dim"(%v445) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v447 = "stablehlo.multiply"(%v444, %v446) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v448 = "stablehlo.reshape"(%v447) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v450 = "stablehlo.dot_general"(%v449, %v448) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<96x64xf32>, tensor<1x64xf32>) -> tensor<96x1xf32>
        %v451 = "stablehlo.transpose"(%v450) {permutation = array<i64: 1, 0>} : (tensor<96x1xf32>) -> tensor<1x96xf32>
        %v452 = "stablehlo.reshape"(%v451) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v453 = "stablehlo.reshape"(%v452) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v455 = "stablehlo.reshape"(%v454) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v456 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v457 = "stablehlo.broadcast_in_dim"(%v456) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v458 = "stablehlo.compare"(%v455, %v457) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v459 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v460 = "stablehlo.broadcast_in_dim"(%v459) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v461 = "stablehlo.select"(%v458, %v460, %v455) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v462 = "stablehlo.broadcast_in_dim"(%v461) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v463 = "stablehlo.divide"(%v453, %v462) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v464 = "stablehlo.bitcast_convert"(%v463) : (tensor<1x96xf32>) -> tensor<1x96xui32>
        %v465 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v466 = "stablehlo.broadcast_in_dim"(%v465) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v467 = "stablehlo.compare"(%v464, %v466) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v468 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
        %v469 = "stablehlo.broadcast_in_dim"(%v468) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v470 = "stablehlo.xor"(%v464, %v469) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v471 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v472 = "stablehlo.broadcast_in_dim"(%v471) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v473 = "stablehlo.or"(%v464, %v472) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v474 = "stablehlo.select"(%v467, %v470, %v473) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v476 = "stablehlo.reshape"(%v475) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v477 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v478 = "stablehlo.broadcast_in_dim"(%v477) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
        %v479 = "stablehlo.compare"(%v476, %v478) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v480 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v481 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v482 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v521, %v522, %v523, %v524, %v525 = "stablehlo.while"(%v480, %v481, %v482, %v474, %v476) ({
          ^bb0(%v483: tensor<i32>, %v484: tensor<1x1xui32>, %v485: tensor<1x1xui32>, %v519: tensor<1x96xui32>, %v520: tensor<1x1xi32>):
            %v486 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v487 = "stablehlo.compare"(%v483, %v486) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v487) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v489: tensor<i32>, %v490: tensor<1x1xui32>, %v491: tensor<1x1xui32>, %v498: tensor<1x96xui32>, %v507: tensor<1x1xi32>):
            %v492 = "stablehlo.subtract"(%v491, %v490) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v493 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v494 = "stablehlo.broadcast_in_dim"(%v493) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v495 = "stablehlo.shift_right_logical"(%v492, %v494) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v496 = "stablehlo.add"(%v490, %v495) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v497 = "stablehlo.broadcast_in_dim"(%v496) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v499 = "stablehlo.compare"(%v498, %v497) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v500 = "stablehlo.convert"(%v499) : (tensor<1x96xi1>) -> tensor<1x96xi32>
            %v501 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %v505 = "stablehlo.reduce"(%v500, %v501) ({
              ^bb0(%v502: tensor<i32>, %v503: tensor<i32>):
                %v504 = "stablehlo.add"(%v502, %v503) : (tensor<i32>, tensor<i32>) -> tensor<i32>
                "stablehlo.return"(%v504) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
            %v506 = "stablehlo.reshape"(%v505) : (tensor<1xi32>) -> tensor<1x1xi32>
            %v508 = "stablehlo.compare"(%v506, %v507) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
            %v509 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v510 = "stablehlo.add"(%v489, %v509) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v511 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v512 = "stablehlo.broadcast_in_dim"(%v511) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v513 = "stablehlo.add"(%v496, %v512) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v514 = "stablehlo.select"(%v508, %v490, %v513) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v515 = "stablehlo.select"(%v508, %v496, %v491) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v510, %v514, %v515, %v498, %v507) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
        %v526 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v527 = "stablehlo.broadcast_in_dim"(%v526) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v528 = "stablehlo.select"(%v479, %v527, %v523) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v529 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v533 = "stablehlo.reduce"(%v463, %v529) ({
          ^bb0(%v530: tensor<f32>, %v531: tensor<f32>):
            %v532 = "stablehlo.maximum"(%v530, %v531) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v532) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v534 = "stablehlo.reshape"(%v533) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v535 = "stablehlo.broadcast_in_dim"(%v534) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v536 = "stablehlo.subtract"(%v463, %v535) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v537 = "stablehlo.exponential"(%v536) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v538 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v542 = "stablehlo.reduce"(%v537, %v538) ({
          ^bb0(%v539: tensor<f32>, %v540: tensor<f32>):
            %v541 = "stablehlo.add"(%v539, %v540) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v541) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v543 = "stablehlo.reshape"(%v542) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v544 = "stablehlo.broadcast_in_dim"(%v543) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v545 = "stablehlo.divide"(%v537, %v544) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v547 = "stablehlo.reshape"(%v546) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v548 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v549 = "stablehlo.broadcast_in_dim"(%v548) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v550 = "stablehlo.compare"(%v547, %v549) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v551 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v552 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v553 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v554 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v598, %v599, %v600, %v601, %v602, %v603, %v604 = "stablehlo.while"(%v552, %v553, %v554, %v474, %v551, %v545, %v547) ({
          ^bb0(%v555: tensor<i32>, %v556: tensor<1x1xui32>, %v557: tensor<1x1xui32>, %v594: tensor<1x96xui32>, %v595: tensor<f32>, %v596: tensor<1x96xf32>, %v597: tensor<1x1xf32>):
            %v558 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v559 = "stablehlo.compare"(%v555, %v558) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v559) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v561: tensor<i32>, %v562: tensor<1x1xui32>, %v563: tensor<1x1xui32>, %v570: tensor<1x96xui32>, %v572: tensor<f32>, %v574: tensor<1x96xf32>, %v582: tensor<1x1xf32>):
            %v564 = "stablehlo.subtract"(%v563, %v562) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v565 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v566 = "stablehlo.broadcast_in_dim"(%v565) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v567 = "stablehlo.shift_right_logical"(%v564, %v566) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v568 = "stablehlo.add"(%v562, %v567) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v569 = "stablehlo.broadcast_in_dim"(%v568) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v571 = "stablehlo.compare"(%v570, %v569) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v573 = "stablehlo.broadcast_in_dim"(%v572) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
            %v575 = "stablehlo.select"(%v571, %v574, %v573) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
            %v576 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
            %v580 = "stablehlo.reduce"(%v575, %v576) ({
              ^bb0(%v577: tensor<f32>, %v578: tensor<f32>):
                %v579 = "stablehlo.add"(%v577, %v578) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%v579) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
            %v581 = "stablehlo.reshape"(%v580) : (tensor<1xf32>) -> tensor<1x1xf32>
            %v583 = "stablehlo.compare"(%v581, %v582) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
            %v584 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v585 = "stablehlo.add"(%v561, %v584) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v586 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v587 = "stablehlo.broadcast_in_dim"(%v586) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v588 = "stablehlo.add"(%v568, %v587) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v589 = "stablehlo.select"(%v583, %v562, %v588) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v590 = "stablehlo.select"(%v583, %v568, %v563) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v585, %v589, %v590, %v570, %v572, %v574, %v582) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
        %v605 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v606 = "stablehlo.broadcast_in_dim"(%v605) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v607 = "stablehlo.select"(%v550, %v606, %v600) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v608 = "stablehlo.maximum"(%v528, %v607) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v609 = "stablehlo.broadcast_in_dim"(%v608) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v610 = "stablehlo.compare"(%v474, %v609) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v611 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v612 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v613 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
        %v614 = "stablehlo.broadcast_in_dim"(%v613) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v615 = "stablehlo.xor"(%v611, %v614) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v616 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v617 = "stablehlo.broadcast_in_dim"(%v616) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v618 = "stablehlo.shift_right_logical"(%v615, %v617) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v619 = "stablehlo.xor"(%v615, %v618) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v620 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v621 = "stablehlo.broadcast_in_dim"(%v620) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v622 = "stablehlo.multiply"(%v619, %v621) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v623 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v624 = "stablehlo.broadcast_in_dim"(%v623) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v625 = "stablehlo.shift_right_logical"(%v622, %v624) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v626 = "stablehlo.xor"(%v622, %v625) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v627 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v628 = "stablehlo.broadcast_in_dim"(%v627) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v629 = "stablehlo.multiply"(%v626, %v628) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v630 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v631 = "stablehlo.broadcast_in_dim"(%v630) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v632 = "stablehlo.shift_right_logical"(%v629, %v631) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v633 = "stablehlo.xor"(%v629, %v632) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v634 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v635 = "stablehlo.xor"(%v633, %v634) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v636 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v637 = "stablehlo.broadcast_in_dim"(%v636) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v638 = "stablehlo.shift_right_logical"(%v635, %v637) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v639 = "stablehlo.xor"(%v635, %v638) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v640 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v641 = "stablehlo.broadcast_in_dim"(%v640) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v642 = "stablehlo.multiply"(%v639, %v641) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v643 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v644 = "stablehlo.broadcast_in_dim"(%v643) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v645 = "stablehlo.shift_right_logical"(%v642, %v644) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v646 = "stablehlo.xor"(%v642, %v645) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v647 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v648 = "stablehlo.broadcast_in_dim"(%v647) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v649 = "stablehlo.multiply"(%v646, %v648) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v650 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v651 = "stablehlo.broadcast_in_dim"(%v650) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v652 = "stablehlo.shift_right_logical"(%v649, %v651) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v653 = "stablehlo.xor"(%v649, %v652) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v654 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v655 = "stablehlo.xor"(%v653, %v654) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v656 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v657 = "stablehlo.broadcast_in_dim"(%v656) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v658 = "stablehlo.shift_right_logical"(%v655, %v657) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v659 = "stablehlo.xor"(%v655, %v658) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v660 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v661 = "stablehlo.broadcast_in_dim"(%v660) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v662 = "stablehlo.multiply"(%v659, %v661) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v663 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v664 = "stablehlo.broadcast_in_dim"(%v663) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v665 = "stablehlo.shift_right_logical"(%v662, %v664) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v666 = "stablehlo.xor"(%v662, %v665) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v667 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v668 = "stablehlo.broadcast_in_dim"(%v667) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v669 = "stablehlo.multiply"(%v666, %v668) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v670 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v671 = "stablehlo.broadcast_in_dim"(%v670) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v672 = "stablehlo.shift_right_logical"(%v669, %v671) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v673 = "stablehlo.xor"(%v669, %v672) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v674 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
        %v675 = "stablehlo.broadcast_in_dim"(%v673) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v676 = "stablehlo.xor"(%v674, %v675) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v677 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v678 = "stablehlo.broadcast_in_dim"(%v677) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v679 = "stablehlo.shift_right_logical"(%v676, %v678) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v680 = "stablehlo.xor"(%v676, %v679) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v681 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v682 = "stablehlo.broadcast_in_dim"(%v681) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v683 = "stablehlo.multiply"(%v680, %v682) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v684 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v685 = "stablehlo.broadcast_in_dim"(%v684) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v686 = "stablehlo.shift_right_logical"(%v683, %v685) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v687 = "stablehlo.xor"(%v683, %v686) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v688 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v689 = "stablehlo.broadcast_in_dim"(%v688) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v690 = "stablehlo.multiply"(%v687, %v689) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v691 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v692 = "stablehlo.broadcast_in_dim"(%v691) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v693 = "stablehlo.shift_right_logical"(%v690, %v692) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v694 = "stablehlo.xor"(%v690, %v693) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v695 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
        %v696 = "stablehlo.broadcast_in_dim"(%v695) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v697 = "stablehlo.add"(%v694, %v696) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v698 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v699 = "stablehlo.broadcast_in_dim"(%v698) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v700 = "stablehlo.shift_right_logical"(%v697, %v699) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v701 = "stablehlo.xor"(%v697, %v700) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v702 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v703 = "stablehlo.broadcast_in_dim"(%v702) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v704 = "stablehlo.multiply"(%v701, %v703) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v705 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v706 = "stablehlo.broadcast_in_dim"(%v705) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v707 = "stablehlo.shift_right_logical"(%v704, %v706) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v708 = "stablehlo.xor"(%v704, %v707) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v709 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v710 = "stablehlo.broadcast_in_dim"(%v709) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v711 = "stablehlo.multiply"(%v708, %v710) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v712 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v713 = "stablehlo.broadcast_in_dim"(%v712) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v714 = "stablehlo.shift_right_logical"(%v711, %v713) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v715 = "stablehlo.xor"(%v711, %v714) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v716 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %v717 = "stablehlo.broadcast_in_dim"(%v716) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v718 = "stablehlo.shift_right_logical"(%v715, %v717) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v719 = "stablehlo.convert"(%v718) : (tensor<1x96xui32>) -> tensor<1x96xf32>
        %v720 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
        %v721 = "stablehlo.broadcast_in_dim"(%v720) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v722 = "stablehlo.add"(%v719, %v721) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v723 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
        %v724 = "stablehlo.broadcast_in_dim"(%v723) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v725 = "stablehlo.multiply"(%v722, %v724) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v726 = "stablehlo.log"(%v725) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v727 = "stablehlo.negate"(%v726) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v728 = "stablehlo.log"(%v727) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v729 = "stablehlo.negate"(%v728) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v730 = "stablehlo.add"(%v463, %v729) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v731 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v732 = "stablehlo.broadcast_in_dim"(%v731) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v733 = "stablehlo.select"(%v610, %v730, %v732) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v734 = "stablehlo.reshape"(%v458) : (tensor<1x1xi1>) -> tensor<1xi1>
        %v735 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v736 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v737 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v749, %v750 = "stablehlo.reduce"(%v453, %v735, %v736, %v737) ({
          ^bb0(%v738: tensor<f32>, %v739: tensor<i32>, %v740: tensor<f32>, %v741: tensor<i32>):
            %v742 = "stablehlo.compare"(%v740, %v738) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v743 = "stablehlo.compare"(%v740, %v738) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v744 = "stablehlo.compare"(%v741, %v739) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v745 = "stablehlo.and"(%v743, %v744) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v746 = "stablehlo.or"(%v742, %v745) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v747 = "stablehlo.select"(%v746, %v740, %v738) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v748 = "stablehlo.select"(%v746, %v741, %v739) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v747, %v748) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v751 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v752 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v753 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v765, %v766 = "stablehlo.reduce"(%v733, %v751, %v752, %v753) ({
          ^bb0(%v754: tensor<f32>, %v755: tensor<i32>, %v756: tensor<f32>, %v757: tensor<i32>):
            %v758 = "stablehlo.compare"(%v756, %v754) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v759 = "stablehlo.compare"(%v756, %v754) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
            %v760 = "stablehlo.compare"(%v757, %v755) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            %v761 = "stablehlo.and"(%v759, %v760) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v762 = "stablehlo.or"(%v758, %v761) : (tensor<i1>, tensor<i1>) -> tensor<i1>
            %v763 = "stablehlo.select"(%v762, %v756, %v754) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
            %v764 = "stablehlo.select"(%v762, %v757, %v755) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v763, %v764) : (tensor<f32>, tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<1x96xi32>, tensor<f32>, tensor<i32>) -> (tensor<1xf32>, tensor<1xi32>)
        %v767 = "stablehlo.select"(%v734, %v750, %v766) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v768 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v769 = "stablehlo.compare"(%v54, %v768) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v770 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v771 = "stablehlo.broadcast_in_dim"(%v770) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v772 = "stablehlo.select"(%v769, %v767, %v771) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v773 = "stablehlo.reshape"(%v772) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v774 = "stablehlo.dynamic_update_slice"(%v55, %v773, %v61, %v51) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v775 = "stablehlo.reshape"(%v767) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v776 = "stablehlo.broadcast_in_dim"(%v775) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v778 = "stablehlo.compare"(%v776, %v777) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v779 = "stablehlo.convert"(%v778) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v780 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v784 = "stablehlo.reduce"(%v779, %v780) ({
          ^bb0(%v781: tensor<i32>, %v782: tensor<i32>):
            %v783 = "stablehlo.maximum"(%v781, %v782) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v783) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v785 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v786 = "stablehlo.compare"(%v784, %v785) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v787 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v788 = "stablehlo.broadcast_in_dim"(%v787) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v789 = "stablehlo.subtract"(%v54, %v788) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v790 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v791 = "stablehlo.maximum"(%v789, %v790) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v792 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v793 = "stablehlo.select"(%v786, %v792, %v791) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v794 = "stablehlo.reshape"(%v769) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v795 = "stablehlo.reshape"(%v767) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v796 = "stablehlo.select"(%v794, %v795, %v52) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v797 = "stablehlo.convert"(%v769) : (tensor<1xi1>) -> tensor<1xi32>
        %v798 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v799 = "stablehlo.add"(%v51, %v798) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v800 = "stablehlo.add"(%v53, %v797) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v801 = "stablehlo.convert"(%v797) : (tensor<1xi32>) -> tensor<1xui32>
        %v802 = "stablehlo.reshape"(%v801) : (tensor<1xui32>) -> tensor<1x1xui32>
        %v803 = "stablehlo.constant"() {value = dense<0> : tensor<1x2xui32>} : () -> tensor<1x2xui32>
        %v804 = "stablehlo.concatenate"(%v803, %v802) {dimension = 1 : i64} : (tensor<1x2xui32>, tensor<1x1xui32>) -> tensor<1x3xui32>
        %v805 = "stablehlo.add"(%v56, %v804) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
        "stablehlo.return"(%v799, %v796, %v800, %v793, %v774, %v805, %v166, %v336, %v169, %v339, %v86, %v104, %v108, %v151, %v215, %v236, %v240, %v254, %v275, %v279, %v385, %v406, %v410, %v424, %v445, %v449, %v454, %v475, %v546, %v777) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<1xi32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>)
    "func.return"(%v840, %v842, %v843, %v844, %v845) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
}
