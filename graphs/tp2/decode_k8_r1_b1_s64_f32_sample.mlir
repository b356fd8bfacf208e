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
    %v879, %v880, %v881, %v882, %v883, %v884, %v885, %v886, %v887, %v888, %v889, %v890, %v891, %v892, %v893, %v894, %v895, %v896, %v897, %v898, %v899, %v900, %v901, %v902, %v903, %v904, %v905, %v906, %v907, %v908 = "stablehlo.while"(%v28, %v15, %v16, %v18, %v29, %v27, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v3, %v17, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v24, %v25, %v26, %v19) ({
      ^bb0(%v30: tensor<i32>, %v31: tensor<1x1xi32>, %v32: tensor<1xi32>, %v33: tensor<1xi32>, %v34: tensor<1x8xi32>, %v35: tensor<1x3xui32>, %v36: tensor<2x64x16xf32>, %v37: tensor<2x64x16xf32>, %v38: tensor<2x64x16xf32>, %v39: tensor<2x64x16xf32>, %v859: tensor<96x64xf32>, %v860: tensor<64xf32>, %v861: tensor<128x64xf32>, %v862: tensor<64x64xf32>, %v863: tensor<1xi32>, %v864: tensor<64xf32>, %v865: tensor<320x64xf32>, %v866: tensor<64x160xf32>, %v867: tensor<64xf32>, %v868: tensor<128x64xf32>, %v869: tensor<64x64xf32>, %v870: tensor<64xf32>, %v871: tensor<320x64xf32>, %v872: tensor<64x160xf32>, %v873: tensor<64xf32>, %v874: tensor<96x64xf32>, %v875: tensor<1xf32>, %v876: tensor<1xi32>, %v877: tensor<1xf32>, %v878: tensor<1x8xi32>):
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
      ^bb0(%v51: tensor<i32>, %v52: tensor<1x1xi32>, %v53: tensor<1xi32>, %v54: tensor<1xi32>, %v55: tensor<1x8xi32>, %v56: tensor<1x3xui32>, %v57: tensor<2x64x16xf32>, %v58: tensor<2x64x16xf32>, %v59: tensor<2x64x16xf32>, %v60: tensor<2x64x16xf32>, %v86: tensor<96x64xf32>, %v104: tensor<64xf32>, %v109: tensor<128x64xf32>, %v112: tensor<64x64xf32>, %v129: tensor<1xi32>, %v235: tensor<64xf32>, %v240: tensor<320x64xf32>, %v243: tensor<64x160xf32>, %v286: tensor<64xf32>, %v291: tensor<128x64xf32>, %v294: tensor<64x64xf32>, %v416: tensor<64xf32>, %v421: tensor<320x64xf32>, %v424: tensor<64x160xf32>, %v467: tensor<64xf32>, %v471: tensor<96x64xf32>, %v475: tensor<1xf32>, %v496: tensor<1xi32>, %v567: tensor<1xf32>, %v820: tensor<1x8xi32>):
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
        %v107 = "stablehlo.custom_call"(%v106) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v108 = "stablehlo.custom_call"(%v107) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v110 = "stablehlo.custom_call"(%v109) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<128x64xf32>) -> tensor<128x64xf32>
        %v111 = "stablehlo.custom_call"(%v110) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<128x64xf32>) -> tensor<64x64xf32>
        %v113 = "stablehlo.custom_call"(%v112) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
        %v114 = "stablehlo.custom_call"(%v113) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x32xf32>
        %v115 = "stablehlo.custom_call"(%v57) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
        %v116 = "stablehlo.custom_call"(%v115) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
        %v117 = "stablehlo.custom_call"(%v59) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
        %v118 = "stablehlo.custom_call"(%v117) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
        %v119 = "stablehlo.custom_call"(%v72) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v120 = "stablehlo.custom_call"(%v119) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v121 = "stablehlo.custom_call"(%v73) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v122 = "stablehlo.custom_call"(%v121) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v123 = "stablehlo.custom_call"(%v85) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v124 = "stablehlo.custom_call"(%v123) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v125 = "stablehlo.custom_call"(%v52) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1xi32>) -> tensor<1x1xi32>
        %v126 = "stablehlo.custom_call"(%v125) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1xi32>) -> tensor<1x1xi32>
        %v127 = "stablehlo.custom_call"(%v53) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v128 = "stablehlo.custom_call"(%v127) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v130 = "stablehlo.custom_call"(%v129) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v131 = "stablehlo.custom_call"(%v130) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v204, %v205, %v206 = "func.call"(%v108, %v111, %v114, %v116, %v118, %v120, %v122, %v124, %v126, %v128, %v131) {callee = @manual_0} : (tensor<1x1x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1x1x1x1x64xi1>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>)
        %v207 = "stablehlo.custom_call"(%v204) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x1x64xf32>) -> tensor<1x1x1x64xf32>
        %v208 = "stablehlo.custom_call"(%v207) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x1x64xf32>) -> tensor<2x1x1x64xf32>
        %v209 = "stablehlo.custom_call"(%v205) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
        %v210 = "stablehlo.custom_call"(%v209) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
        %v211 = "stablehlo.custom_call"(%v206) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
        %v212 = "stablehlo.custom_call"(%v211) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
        %v213 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v217 = "stablehlo.reduce"(%v208, %v213) ({
          ^bb0(%v214: tensor<f32>, %v215: tensor<f32>):
            %v216 = "stablehlo.add"(%v214, %v215) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v216) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<2x1x1x64xf32>, tensor<f32>) -> tensor<1x1x64xf32>
        %v218 = "stablehlo.add"(%v87, %v217) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v219 = "stablehlo.multiply"(%v218, %v218) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v220 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v224 = "stablehlo.reduce"(%v219, %v220) ({
          ^bb0(%v221: tensor<f32>, %v222: tensor<f32>):
            %v223 = "stablehlo.add"(%v221, %v222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v223) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v225 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v226 = "stablehlo.broadcast_in_dim"(%v225) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v227 = "stablehlo.divide"(%v224, %v226) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v228 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v229 = "stablehlo.broadcast_in_dim"(%v228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v230 = "stablehlo.add"(%v227, %v229) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v231 = "stablehlo.rsqrt"(%v230) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v232 = "stablehlo.reshape"(%v231) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v233 = "stablehlo.broadcast_in_dim"(%v232) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v234 = "stablehlo.multiply"(%v218, %v233) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v236 = "stablehlo.broadcast_in_dim"(%v235) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v237 = "stablehlo.multiply"(%v234, %v236) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v238 = "stablehlo.custom_call"(%v237) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v239 = "stablehlo.custom_call"(%v238) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v241 = "stablehlo.custom_call"(%v240) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<320x64xf32>) -> tensor<320x64xf32>
        %v242 = "stablehlo.custom_call"(%v241) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<320x64xf32>) -> tensor<160x64xf32>
        %v244 = "stablehlo.custom_call"(%v243) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x160xf32>) -> tensor<64x160xf32>
        %v245 = "stablehlo.custom_call"(%v244) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x160xf32>) -> tensor<64x80xf32>
        %v261 = "func.call"(%v239, %v242, %v245) {callee = @manual_1} : (tensor<1x1x64xf32>, tensor<160x64xf32>, tensor<64x80xf32>) -> tensor<1x1x1x64xf32>
        %v262 = "stablehlo.custom_call"(%v261) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x1x64xf32>) -> tensor<1x1x1x64xf32>
        %v263 = "stablehlo.custom_call"(%v262) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x1x64xf32>) -> tensor<2x1x1x64xf32>
        %v264 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v268 = "stablehlo.reduce"(%v263, %v264) ({
          ^bb0(%v265: tensor<f32>, %v266: tensor<f32>):
            %v267 = "stablehlo.add"(%v265, %v266) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v267) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<2x1x1x64xf32>, tensor<f32>) -> tensor<1x1x64xf32>
        %v269 = "stablehlo.add"(%v218, %v268) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v270 = "stablehlo.multiply"(%v269, %v269) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v271 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v275 = "stablehlo.reduce"(%v270, %v271) ({
          ^bb0(%v272: tensor<f32>, %v273: tensor<f32>):
            %v274 = "stablehlo.add"(%v272, %v273) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v274) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v276 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v277 = "stablehlo.broadcast_in_dim"(%v276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v278 = "stablehlo.divide"(%v275, %v277) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v279 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v280 = "stablehlo.broadcast_in_dim"(%v279) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v281 = "stablehlo.add"(%v278, %v280) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v282 = "stablehlo.rsqrt"(%v281) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v283 = "stablehlo.reshape"(%v282) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v284 = "stablehlo.broadcast_in_dim"(%v283) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v285 = "stablehlo.multiply"(%v269, %v284) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v287 = "stablehlo.broadcast_in_dim"(%v286) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v288 = "stablehlo.multiply"(%v285, %v287) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v289 = "stablehlo.custom_call"(%v288) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v290 = "stablehlo.custom_call"(%v289) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v292 = "stablehlo.custom_call"(%v291) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<128x64xf32>) -> tensor<128x64xf32>
        %v293 = "stablehlo.custom_call"(%v292) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<128x64xf32>) -> tensor<64x64xf32>
        %v295 = "stablehlo.custom_call"(%v294) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
        %v296 = "stablehlo.custom_call"(%v295) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x32xf32>
        %v297 = "stablehlo.custom_call"(%v58) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
        %v298 = "stablehlo.custom_call"(%v297) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
        %v299 = "stablehlo.custom_call"(%v60) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
        %v300 = "stablehlo.custom_call"(%v299) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
        %v301 = "stablehlo.custom_call"(%v72) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v302 = "stablehlo.custom_call"(%v301) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v303 = "stablehlo.custom_call"(%v73) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v304 = "stablehlo.custom_call"(%v303) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v305 = "stablehlo.custom_call"(%v85) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v306 = "stablehlo.custom_call"(%v305) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v307 = "stablehlo.custom_call"(%v52) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1xi32>) -> tensor<1x1xi32>
        %v308 = "stablehlo.custom_call"(%v307) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1xi32>) -> tensor<1x1xi32>
        %v309 = "stablehlo.custom_call"(%v53) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v310 = "stablehlo.custom_call"(%v309) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v311 = "stablehlo.custom_call"(%v129) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v312 = "stablehlo.custom_call"(%v311) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v385, %v386, %v387 = "func.call"(%v290, %v293, %v296, %v298, %v300, %v302, %v304, %v306, %v308, %v310, %v312) {callee = @manual_2} : (tensor<1x1x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1x1x1x1x64xi1>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>)
        %v388 = "stablehlo.custom_call"(%v385) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x1x64xf32>) -> tensor<1x1x1x64xf32>
        %v389 = "stablehlo.custom_call"(%v388) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x1x64xf32>) -> tensor<2x1x1x64xf32>
        %v390 = "stablehlo.custom_call"(%v386) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
        %v391 = "stablehlo.custom_call"(%v390) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
        %v392 = "stablehlo.custom_call"(%v387) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
        %v393 = "stablehlo.custom_call"(%v392) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
        %v394 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v398 = "stablehlo.reduce"(%v389, %v394) ({
          ^bb0(%v395: tensor<f32>, %v396: tensor<f32>):
            %v397 = "stablehlo.add"(%v395, %v396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v397) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<2x1x1x64xf32>, tensor<f32>) -> tensor<1x1x64xf32>
        %v399 = "stablehlo.add"(%v269, %v398) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v400 = "stablehlo.multiply"(%v399, %v399) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v401 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v405 = "stablehlo.reduce"(%v400, %v401) ({
          ^bb0(%v402: tensor<f32>, %v403: tensor<f32>):
            %v404 = "stablehlo.add"(%v402, %v403) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v404) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v406 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v407 = "stablehlo.broadcast_in_dim"(%v406) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v408 = "stablehlo.divide"(%v405, %v407) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v409 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v410 = "stablehlo.broadcast_in_dim"(%v409) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v411 = "stablehlo.add"(%v408, %v410) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v412 = "stablehlo.rsqrt"(%v411) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v413 = "stablehlo.reshape"(%v412) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v414 = "stablehlo.broadcast_in_dim"(%v413) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v415 = "stablehlo.multiply"(%v399, %v414) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v417 = "stablehlo.broadcast_in_dim"(%v416) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v418 = "stablehlo.multiply"(%v415, %v417) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v419 = "stablehlo.custom_call"(%v418) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v420 = "stablehlo.custom_call"(%v419) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v422 = "stablehlo.custom_call"(%v421) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<320x64xf32>) -> tensor<320x64xf32>
        %v423 = "stablehlo.custom_call"(%v422) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<320x64xf32>) -> tensor<160x64xf32>
        %v425 = "stablehlo.custom_call"(%v424) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x160xf32>) -> tensor<64x160xf32>
        %v426 = "stablehlo.custom_call"(%v425) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x160xf32>) -> tensor<64x80xf32>
        %v442 = "func.call"(%v420, %v423, %v426) {callee = @manual_3} : (tensor<1x1x64xf32>, tensor<160x64xf32>, tensor<64x80xf32>) -> tensor<1x1x1x64xf32>
        %v443 = "stablehlo.custom_call"(%v442) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x1x64xf32>) -> tensor<1x1x1x64xf32>
        %v444 = "stablehlo.custom_call"(%v443) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x1x64xf32>) -> tensor<2x1x1x64xf32>
        %v445 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v449 = "stablehlo.reduce"(%v444, %v445) ({
          ^bb0(%v446: tensor<f32>, %v447: tensor<f32>):
            %v448 = "stablehlo.add"(%v446, %v447) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v448) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<2x1x1x64xf32>, tensor<f32>) -> tensor<1x1x64xf32>
        %v450 = "stablehlo.add"(%v399, %v449) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v451 = "stablehlo.multiply"(%v450, %v450) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v452 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v456 = "stablehlo.reduce"(%v451, %v452) ({
          ^bb0(%v453: tensor<f32>, %v454: tensor<f32>):
            %v455 = "stablehlo.add"(%v453, %v454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v455) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v457 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v458 = "stablehlo.broadcast_in_dim"(%v457) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v459 = "stablehlo.divide"(%v456, %v458) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v460 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v461 = "stablehlo.broadcast_in_dim"(%v460) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v462 = "stablehlo.add"(%v459, %v461) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v463 = "stablehlo.rsqrt"(%v462) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v464 = "stablehlo.reshape"(%v463) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v465 = "stablehlo.broadcast_in_dim"(%v464) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v466 = "stablehlo.multiply"(%v450, %v465) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v468 = "stablehlo.broadcast_in_dim"(%v467) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v469 = "stablehlo.multiply"(%v466, %v468) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v470 = "stablehlo.reshape"(%v469) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v472 = "stablehlo.custom_call"(%v470, %v471) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
        %v473 = "stablehlo.reshape"(%v472) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v474 = "stablehlo.reshape"(%v473) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v476 = "stablehlo.reshape"(%v475) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v477 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v478 = "stablehlo.broadcast_in_dim"(%v477) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v479 = "stablehlo.compare"(%v476, %v478) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v480 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v481 = "stablehlo.broadcast_in_dim"(%v480) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v482 = "stablehlo.select"(%v479, %v481, %v476) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v483 = "stablehlo.broadcast_in_dim"(%v482) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v484 = "stablehlo.divide"(%v474, %v483) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v485 = "stablehlo.bitcast_convert"(%v484) : (tensor<1x96xf32>) -> tensor<1x96xui32>
        %v486 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v487 = "stablehlo.broadcast_in_dim"(%v486) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v488 = "stablehlo.compare"(%v485, %v487) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v489 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
        %v490 = "stablehlo.broadcast_in_dim"(%v489) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v491 = "stablehlo.xor"(%v485, %v490) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v492 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
        %v493 = "stablehlo.broadcast_in_dim"(%v492) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v494 = "stablehlo.or"(%v485, %v493) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v495 = "stablehlo.select"(%v488, %v491, %v494) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v497 = "stablehlo.reshape"(%v496) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v498 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v499 = "stablehlo.broadcast_in_dim"(%v498) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
        %v500 = "stablehlo.compare"(%v497, %v499) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v501 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v502 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v503 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v542, %v543, %v544, %v545, %v546 = "stablehlo.while"(%v501, %v502, %v503, %v495, %v497) ({
          ^bb0(%v504: tensor<i32>, %v505: tensor<1x1xui32>, %v506: tensor<1x1xui32>, %v540: tensor<1x96xui32>, %v541: tensor<1x1xi32>):
            %v507 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v508 = "stablehlo.compare"(%v504, %v507) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v508) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v510: tensor<i32>, %v511: tensor<1x1xui32>, %v512: tensor<1x1xui32>, %v519: tensor<1x96xui32>, %v528: tensor<1x1xi32>):
            %v513 = "stablehlo.subtract"(%v512, %v511) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v514 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v515 = "stablehlo.broadcast_in_dim"(%v514) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v516 = "stablehlo.shift_right_logical"(%v513, %v515) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v517 = "stablehlo.add"(%v511, %v516) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v518 = "stablehlo.broadcast_in_dim"(%v517) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v520 = "stablehlo.compare"(%v519, %v518) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v521 = "stablehlo.convert"(%v520) : (tensor<1x96xi1>) -> tensor<1x96xi32>
            %v522 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
            %v526 = "stablehlo.reduce"(%v521, %v522) ({
              ^bb0(%v523: tensor<i32>, %v524: tensor<i32>):
                %v525 = "stablehlo.add"(%v523, %v524) : (tensor<i32>, tensor<i32>) -> tensor<i32>
                "stablehlo.return"(%v525) : (tensor<i32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
            %v527 = "stablehlo.reshape"(%v526) : (tensor<1xi32>) -> tensor<1x1xi32>
            %v529 = "stablehlo.compare"(%v527, %v528) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
            %v530 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v531 = "stablehlo.add"(%v510, %v530) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v532 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v533 = "stablehlo.broadcast_in_dim"(%v532) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v534 = "stablehlo.add"(%v517, %v533) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v535 = "stablehlo.select"(%v529, %v511, %v534) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v536 = "stablehlo.select"(%v529, %v517, %v512) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v531, %v535, %v536, %v519, %v528) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
        %v547 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v548 = "stablehlo.broadcast_in_dim"(%v547) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v549 = "stablehlo.select"(%v500, %v548, %v544) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v550 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v554 = "stablehlo.reduce"(%v484, %v550) ({
          ^bb0(%v551: tensor<f32>, %v552: tensor<f32>):
            %v553 = "stablehlo.maximum"(%v551, %v552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v553) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v555 = "stablehlo.reshape"(%v554) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v556 = "stablehlo.broadcast_in_dim"(%v555) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v557 = "stablehlo.subtract"(%v484, %v556) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v558 = "stablehlo.exponential"(%v557) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v559 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v563 = "stablehlo.reduce"(%v558, %v559) ({
          ^bb0(%v560: tensor<f32>, %v561: tensor<f32>):
            %v562 = "stablehlo.add"(%v560, %v561) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v562) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v564 = "stablehlo.reshape"(%v563) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v565 = "stablehlo.broadcast_in_dim"(%v564) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v566 = "stablehlo.divide"(%v558, %v565) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v568 = "stablehlo.reshape"(%v567) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v569 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
        %v570 = "stablehlo.broadcast_in_dim"(%v569) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v571 = "stablehlo.compare"(%v568, %v570) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v572 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v573 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v574 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v575 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
        %v619, %v620, %v621, %v622, %v623, %v624, %v625 = "stablehlo.while"(%v573, %v574, %v575, %v495, %v572, %v566, %v568) ({
          ^bb0(%v576: tensor<i32>, %v577: tensor<1x1xui32>, %v578: tensor<1x1xui32>, %v615: tensor<1x96xui32>, %v616: tensor<f32>, %v617: tensor<1x96xf32>, %v618: tensor<1x1xf32>):
            %v579 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
            %v580 = "stablehlo.compare"(%v576, %v579) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%v580) : (tensor<i1>) -> ()
        }, {
          ^bb0(%v582: tensor<i32>, %v583: tensor<1x1xui32>, %v584: tensor<1x1xui32>, %v591: tensor<1x96xui32>, %v593: tensor<f32>, %v595: tensor<1x96xf32>, %v603: tensor<1x1xf32>):
            %v585 = "stablehlo.subtract"(%v584, %v583) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v586 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v587 = "stablehlo.broadcast_in_dim"(%v586) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v588 = "stablehlo.shift_right_logical"(%v585, %v587) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v589 = "stablehlo.add"(%v583, %v588) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v590 = "stablehlo.broadcast_in_dim"(%v589) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
            %v592 = "stablehlo.compare"(%v591, %v590) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
            %v594 = "stablehlo.broadcast_in_dim"(%v593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
            %v596 = "stablehlo.select"(%v592, %v595, %v594) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
            %v597 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
            %v601 = "stablehlo.reduce"(%v596, %v597) ({
              ^bb0(%v598: tensor<f32>, %v599: tensor<f32>):
                %v600 = "stablehlo.add"(%v598, %v599) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%v600) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
            %v602 = "stablehlo.reshape"(%v601) : (tensor<1xf32>) -> tensor<1x1xf32>
            %v604 = "stablehlo.compare"(%v602, %v603) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
            %v605 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
            %v606 = "stablehlo.add"(%v582, %v605) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %v607 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
            %v608 = "stablehlo.broadcast_in_dim"(%v607) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
            %v609 = "stablehlo.add"(%v589, %v608) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v610 = "stablehlo.select"(%v604, %v583, %v609) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            %v611 = "stablehlo.select"(%v604, %v589, %v584) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
            "stablehlo.return"(%v606, %v610, %v611, %v591, %v593, %v595, %v603) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
        }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
        %v626 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
        %v627 = "stablehlo.broadcast_in_dim"(%v626) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v628 = "stablehlo.select"(%v571, %v627, %v621) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v629 = "stablehlo.maximum"(%v549, %v628) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v630 = "stablehlo.broadcast_in_dim"(%v629) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v631 = "stablehlo.compare"(%v495, %v630) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v632 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v633 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v634 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
        %v635 = "stablehlo.broadcast_in_dim"(%v634) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v636 = "stablehlo.xor"(%v632, %v635) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v637 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v638 = "stablehlo.broadcast_in_dim"(%v637) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v639 = "stablehlo.shift_right_logical"(%v636, %v638) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v640 = "stablehlo.xor"(%v636, %v639) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v641 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v642 = "stablehlo.broadcast_in_dim"(%v641) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v643 = "stablehlo.multiply"(%v640, %v642) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v644 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v645 = "stablehlo.broadcast_in_dim"(%v644) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v646 = "stablehlo.shift_right_logical"(%v643, %v645) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v647 = "stablehlo.xor"(%v643, %v646) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v648 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v649 = "stablehlo.broadcast_in_dim"(%v648) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v650 = "stablehlo.multiply"(%v647, %v649) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v651 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v652 = "stablehlo.broadcast_in_dim"(%v651) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v653 = "stablehlo.shift_right_logical"(%v650, %v652) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v654 = "stablehlo.xor"(%v650, %v653) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v655 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v656 = "stablehlo.xor"(%v654, %v655) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v657 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v658 = "stablehlo.broadcast_in_dim"(%v657) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v659 = "stablehlo.shift_right_logical"(%v656, %v658) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v660 = "stablehlo.xor"(%v656, %v659) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v661 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v662 = "stablehlo.broadcast_in_dim"(%v661) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v663 = "stablehlo.multiply"(%v660, %v662) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v664 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v665 = "stablehlo.broadcast_in_dim"(%v664) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v666 = "stablehlo.shift_right_logical"(%v663, %v665) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v667 = "stablehlo.xor"(%v663, %v666) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v668 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v669 = "stablehlo.broadcast_in_dim"(%v668) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v670 = "stablehlo.multiply"(%v667, %v669) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v671 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v672 = "stablehlo.broadcast_in_dim"(%v671) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v673 = "stablehlo.shift_right_logical"(%v670, %v672) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v674 = "stablehlo.xor"(%v670, %v673) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v675 = "stablehlo.slice"(%v56) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
        %v676 = "stablehlo.xor"(%v674, %v675) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v677 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v678 = "stablehlo.broadcast_in_dim"(%v677) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v679 = "stablehlo.shift_right_logical"(%v676, %v678) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v680 = "stablehlo.xor"(%v676, %v679) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v681 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v682 = "stablehlo.broadcast_in_dim"(%v681) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v683 = "stablehlo.multiply"(%v680, %v682) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v684 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v685 = "stablehlo.broadcast_in_dim"(%v684) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v686 = "stablehlo.shift_right_logical"(%v683, %v685) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v687 = "stablehlo.xor"(%v683, %v686) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v688 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v689 = "stablehlo.broadcast_in_dim"(%v688) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v690 = "stablehlo.multiply"(%v687, %v689) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v691 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v692 = "stablehlo.broadcast_in_dim"(%v691) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v693 = "stablehlo.shift_right_logical"(%v690, %v692) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v694 = "stablehlo.xor"(%v690, %v693) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v695 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
        %v696 = "stablehlo.broadcast_in_dim"(%v694) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v697 = "stablehlo.xor"(%v695, %v696) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
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
        %v716 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
        %v717 = "stablehlo.broadcast_in_dim"(%v716) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v718 = "stablehlo.add"(%v715, %v717) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v719 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v720 = "stablehlo.broadcast_in_dim"(%v719) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v721 = "stablehlo.shift_right_logical"(%v718, %v720) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v722 = "stablehlo.xor"(%v718, %v721) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v723 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
        %v724 = "stablehlo.broadcast_in_dim"(%v723) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v725 = "stablehlo.multiply"(%v722, %v724) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v726 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %v727 = "stablehlo.broadcast_in_dim"(%v726) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v728 = "stablehlo.shift_right_logical"(%v725, %v727) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v729 = "stablehlo.xor"(%v725, %v728) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v730 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
        %v731 = "stablehlo.broadcast_in_dim"(%v730) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v732 = "stablehlo.multiply"(%v729, %v731) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v733 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %v734 = "stablehlo.broadcast_in_dim"(%v733) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v735 = "stablehlo.shift_right_logical"(%v732, %v734) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v736 = "stablehlo.xor"(%v732, %v735) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v737 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %v738 = "stablehlo.broadcast_in_dim"(%v737) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
        %v739 = "stablehlo.shift_right_logical"(%v736, %v738) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
        %v740 = "stablehlo.convert"(%v739) : (tensor<1x96xui32>) -> tensor<1x96xf32>
        %v741 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
        %v742 = "stablehlo.broadcast_in_dim"(%v741) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v743 = "stablehlo.add"(%v740, %v742) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v744 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
        %v745 = "stablehlo.broadcast_in_dim"(%v744) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v746 = "stablehlo.multiply"(%v743, %v745) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v747 = "stablehlo.log"(%v746) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v748 = "stablehlo.negate"(%v747) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v749 = "stablehlo.log"(%v748) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v750 = "stablehlo.negate"(%v749) : (tensor<1x96xf32>) -> tensor<1x96xf32>
        %v751 = "stablehlo.add"(%v484, %v750) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v752 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v753 = "stablehlo.broadcast_in_dim"(%v752) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v754 = "stablehlo.select"(%v631, %v751, %v753) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v755 = "stablehlo.reshape"(%v479) : (tensor<1x1xi1>) -> tensor<1xi1>
        %v756 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v757 = "stablehlo.compare"(%v474, %v474) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v758 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v759 = "stablehlo.broadcast_in_dim"(%v758) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v760 = "stablehlo.select"(%v757, %v474, %v759) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v761 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v765 = "stablehlo.reduce"(%v760, %v761) ({
          ^bb0(%v762: tensor<f32>, %v763: tensor<f32>):
            %v764 = "stablehlo.maximum"(%v762, %v763) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v764) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v766 = "stablehlo.reshape"(%v765) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v767 = "stablehlo.broadcast_in_dim"(%v766) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v768 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v769 = "stablehlo.compare"(%v760, %v767) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v770 = "stablehlo.broadcast_in_dim"(%v768) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v771 = "stablehlo.select"(%v769, %v756, %v770) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v772 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v776 = "stablehlo.reduce"(%v771, %v772) ({
          ^bb0(%v773: tensor<i32>, %v774: tensor<i32>):
            %v775 = "stablehlo.minimum"(%v773, %v774) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v775) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v777 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v778 = "stablehlo.broadcast_in_dim"(%v777) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v779 = "stablehlo.compare"(%v776, %v778) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v780 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v781 = "stablehlo.broadcast_in_dim"(%v780) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v782 = "stablehlo.select"(%v779, %v781, %v776) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v783 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v784 = "stablehlo.compare"(%v754, %v754) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v785 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v786 = "stablehlo.broadcast_in_dim"(%v785) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v787 = "stablehlo.select"(%v784, %v754, %v786) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v788 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v792 = "stablehlo.reduce"(%v787, %v788) ({
          ^bb0(%v789: tensor<f32>, %v790: tensor<f32>):
            %v791 = "stablehlo.maximum"(%v789, %v790) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v791) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v793 = "stablehlo.reshape"(%v792) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v794 = "stablehlo.broadcast_in_dim"(%v793) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v795 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v796 = "stablehlo.compare"(%v787, %v794) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v797 = "stablehlo.broadcast_in_dim"(%v795) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v798 = "stablehlo.select"(%v796, %v783, %v797) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v799 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v803 = "stablehlo.reduce"(%v798, %v799) ({
          ^bb0(%v800: tensor<i32>, %v801: tensor<i32>):
            %v802 = "stablehlo.minimum"(%v800, %v801) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v802) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v804 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v805 = "stablehlo.broadcast_in_dim"(%v804) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v806 = "stablehlo.compare"(%v803, %v805) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v807 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v808 = "stablehlo.broadcast_in_dim"(%v807) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v809 = "stablehlo.select"(%v806, %v808, %v803) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v810 = "stablehlo.select"(%v755, %v782, %v809) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v811 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v812 = "stablehlo.compare"(%v54, %v811) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v813 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v814 = "stablehlo.broadcast_in_dim"(%v813) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v815 = "stablehlo.select"(%v812, %v810, %v814) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v816 = "stablehlo.reshape"(%v815) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v817 = "stablehlo.dynamic_update_slice"(%v55, %v816, %v61, %v51) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v818 = "stablehlo.reshape"(%v810) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v819 = "stablehlo.broadcast_in_dim"(%v818) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v821 = "stablehlo.compare"(%v819, %v820) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v822 = "stablehlo.convert"(%v821) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v823 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v827 = "stablehlo.reduce"(%v822, %v823) ({
          ^bb0(%v824: tensor<i32>, %v825: tensor<i32>):
            %v826 = "stablehlo.maximum"(%v824, %v825) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v826) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v828 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v829 = "stablehlo.compare"(%v827, %v828) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v830 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v831 = "stablehlo.broadcast_in_dim"(%v830) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v832 = "stablehlo.subtract"(%v54, %v831) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v833 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v834 = "stablehlo.maximum"(%v832, %v833) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v835 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v836 = "stablehlo.select"(%v829, %v835, %v834) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v837 = "stablehlo.reshape"(%v812) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v838 = "stablehlo.reshape"(%v810) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v839 = "stablehlo.select"(%v837, %v838, %v52) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v840 = "stablehlo.convert"(%v812) : (tensor<1xi1>) -> tensor<1xi32>
        %v841 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v842 = "stablehlo.add"(%v51, %v841) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v843 = "stablehlo.add"(%v53, %v840) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v844 = "stablehlo.convert"(%v840) : (tensor<1xi32>) -> tensor<1xui32>
        %v845 = "stablehlo.reshape"(%v844) : (tensor<1xui32>) -> tensor<1x1xui32>
        %v846 = "stablehlo.constant"() {value = dense<0> : tensor<1x2xui32>} : () -> tensor<1x2xui32>
        %v847 = "stablehlo.concatenate"(%v846, %v845) {dimension = 1 : i64} : (tensor<1x2xui32>, tensor<1x1xui32>) -> tensor<1x3xui32>
        %v848 = "stablehlo.add"(%v56, %v847) : (tensor<1x3xui32>, tensor<1x3xui32>) -> tensor<1x3xui32>
        "stablehlo.return"(%v842, %v839, %v843, %v836, %v817, %v848, %v210, %v391, %v212, %v393, %v86, %v104, %v109, %v112, %v129, %v235, %v240, %v243, %v286, %v291, %v294, %v416, %v421, %v424, %v467, %v471, %v475, %v496, %v567, %v820) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<1xi32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<1xi32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<1x3xui32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<1xi32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1xf32>, tensor<1xi32>, tensor<1xf32>, tensor<1x8xi32>)
    "func.return"(%v883, %v885, %v886, %v887, %v888) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
  func.func private @manual_0(%v132: tensor<1x1x64xf32>, %v133: tensor<64x64xf32>, %v134: tensor<64x32xf32>, %v135: tensor<1x64x16xf32>, %v136: tensor<1x64x16xf32>, %v137: tensor<1x1x16xf32>, %v138: tensor<1x1x16xf32>, %v139: tensor<1x1x1x1x64xi1>, %v140: tensor<1x1xi32>, %v141: tensor<1xi32>, %v142: tensor<1xi32>) -> (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) {
    %v143 = "stablehlo.reshape"(%v132) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v144 = "stablehlo.custom_call"(%v143, %v133) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %v145 = "stablehlo.reshape"(%v144) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v146 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1, 1, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x32xf32>
    %v147 = "stablehlo.reshape"(%v146) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v148 = "stablehlo.transpose"(%v147) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v149 = "stablehlo.slice"(%v148) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v150 = "stablehlo.slice"(%v148) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v151 = "stablehlo.negate"(%v150) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v152 = "stablehlo.concatenate"(%v151, %v149) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v153 = "stablehlo.reshape"(%v137) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v154 = "stablehlo.reshape"(%v138) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v155 = "stablehlo.broadcast_in_dim"(%v153) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v156 = "stablehlo.multiply"(%v148, %v155) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v157 = "stablehlo.broadcast_in_dim"(%v154) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v158 = "stablehlo.multiply"(%v152, %v157) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v159 = "stablehlo.add"(%v156, %v158) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v160 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1, 1, 48>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x16xf32>
    %v161 = "stablehlo.reshape"(%v160) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v162 = "stablehlo.transpose"(%v161) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v163 = "stablehlo.slice"(%v162) {limit_indices = array<i64: 1, 1, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x8xf32>
    %v164 = "stablehlo.slice"(%v162) {limit_indices = array<i64: 1, 1, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x8xf32>
    %v165 = "stablehlo.negate"(%v164) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %v166 = "stablehlo.concatenate"(%v165, %v163) {dimension = 3 : i64} : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x16xf32>
    %v167 = "stablehlo.reshape"(%v137) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v168 = "stablehlo.reshape"(%v138) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v169 = "stablehlo.multiply"(%v162, %v167) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v170 = "stablehlo.multiply"(%v166, %v168) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v171 = "stablehlo.add"(%v169, %v170) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v172 = "stablehlo.slice"(%v145) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 48>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x16xf32>
    %v173 = "stablehlo.reshape"(%v172) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v174 = "stablehlo.transpose"(%v173) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v175 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %v176 = "stablehlo.broadcast_in_dim"(%v175) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v177 = "stablehlo.multiply"(%v142, %v176) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v178 = "stablehlo.reshape"(%v177) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v179 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v180 = "stablehlo.add"(%v178, %v179) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v181 = "stablehlo.reshape"(%v141) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v182 = "stablehlo.concatenate"(%v180, %v181) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v183 = "stablehlo.reshape"(%v171) : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %v184 = "stablehlo.reshape"(%v174) : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %v187 = "stablehlo.scatter"(%v135, %v182, %v183) ({
      ^bb0(%v185: tensor<f32>, %v186: tensor<f32>):
        "stablehlo.return"(%v186) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %v190 = "stablehlo.scatter"(%v136, %v182, %v184) ({
      ^bb0(%v188: tensor<f32>, %v189: tensor<f32>):
        "stablehlo.return"(%v189) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %v191 = "stablehlo.reshape"(%v159) : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x1x16xf32>
    %v192 = "stablehlo.reshape"(%v191) : (tensor<1x1x2x1x16xf32>) -> tensor<1x2x16xf32>
    %v193 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v194 = "stablehlo.reshape"(%v192) : (tensor<1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v195 = "stablehlo.custom_call"(%v194, %v187, %v190, %v141, %v142, %v193) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<1x2x1x16xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<1x2x1x16xf32>
    %v196 = "stablehlo.reshape"(%v195) : (tensor<1x2x1x16xf32>) -> tensor<1x2x16xf32>
    %v197 = "stablehlo.reshape"(%v196) : (tensor<1x2x16xf32>) -> tensor<1x1x2x1x16xf32>
    %v198 = "stablehlo.transpose"(%v197) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x1x2x1x16xf32>) -> tensor<1x1x1x2x16xf32>
    %v199 = "stablehlo.reshape"(%v198) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %v200 = "stablehlo.reshape"(%v199) : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %v201 = "stablehlo.custom_call"(%v200, %v134) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x32xf32>, tensor<64x32xf32>) -> tensor<1x64xf32>
    %v202 = "stablehlo.reshape"(%v201) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v203 = "stablehlo.reshape"(%v202) : (tensor<1x1x64xf32>) -> tensor<1x1x1x64xf32>
    "func.return"(%v203, %v187, %v190) : (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> ()
  }
  func.func private @manual_1(%v246: tensor<1x1x64xf32>, %v247: tensor<160x64xf32>, %v248: tensor<64x80xf32>) -> (tensor<1x1x1x64xf32>) {
    %v249 = "stablehlo.reshape"(%v246) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v250 = "stablehlo.custom_call"(%v249, %v247) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<160x64xf32>) -> tensor<1x160xf32>
    %v251 = "stablehlo.reshape"(%v250) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v252 = "stablehlo.slice"(%v251) {limit_indices = array<i64: 1, 1, 80>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x160xf32>) -> tensor<1x1x80xf32>
    %v253 = "stablehlo.slice"(%v251) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 80>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x160xf32>) -> tensor<1x1x80xf32>
    %v254 = "stablehlo.logistic"(%v252) : (tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v255 = "stablehlo.multiply"(%v252, %v254) : (tensor<1x1x80xf32>, tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v256 = "stablehlo.multiply"(%v255, %v253) : (tensor<1x1x80xf32>, tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v257 = "stablehlo.reshape"(%v256) : (tensor<1x1x80xf32>) -> tensor<1x80xf32>
    %v258 = "stablehlo.custom_call"(%v257, %v248) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x80xf32>, tensor<64x80xf32>) -> tensor<1x64xf32>
    %v259 = "stablehlo.reshape"(%v258) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v260 = "stablehlo.reshape"(%v259) : (tensor<1x1x64xf32>) -> tensor<1x1x1x64xf32>
    "func.return"(%v260) : (tensor<1x1x1x64xf32>) -> ()
  }
  func.func private @manual_2(%v313: tensor<1x1x64xf32>, %v314: tensor<64x64xf32>, %v315: tensor<64x32xf32>, %v316: tensor<1x64x16xf32>, %v317: tensor<1x64x16xf32>, %v318: tensor<1x1x16xf32>, %v319: tensor<1x1x16xf32>, %v320: tensor<1x1x1x1x64xi1>, %v321: tensor<1x1xi32>, %v322: tensor<1xi32>, %v323: tensor<1xi32>) -> (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) {
    %v324 = "stablehlo.reshape"(%v313) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v325 = "stablehlo.custom_call"(%v324, %v314) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %v326 = "stablehlo.reshape"(%v325) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v327 = "stablehlo.slice"(%v326) {limit_indices = array<i64: 1, 1, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x32xf32>
    %v328 = "stablehlo.reshape"(%v327) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v329 = "stablehlo.transpose"(%v328) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v330 = "stablehlo.slice"(%v329) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v331 = "stablehlo.slice"(%v329) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v332 = "stablehlo.negate"(%v331) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v333 = "stablehlo.concatenate"(%v332, %v330) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v334 = "stablehlo.reshape"(%v318) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v335 = "stablehlo.reshape"(%v319) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v336 = "stablehlo.broadcast_in_dim"(%v334) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v337 = "stablehlo.multiply"(%v329, %v336) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v338 = "stablehlo.broadcast_in_dim"(%v335) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v339 = "stablehlo.multiply"(%v333, %v338) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v340 = "stablehlo.add"(%v337, %v339) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v341 = "stablehlo.slice"(%v326) {limit_indices = array<i64: 1, 1, 48>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x16xf32>
    %v342 = "stablehlo.reshape"(%v341) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v343 = "stablehlo.transpose"(%v342) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v344 = "stablehlo.slice"(%v343) {limit_indices = array<i64: 1, 1, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x8xf32>
    %v345 = "stablehlo.slice"(%v343) {limit_indices = array<i64: 1, 1, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x8xf32>
    %v346 = "stablehlo.negate"(%v345) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %v347 = "stablehlo.concatenate"(%v346, %v344) {dimension = 3 : i64} : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x16xf32>
    %v348 = "stablehlo.reshape"(%v318) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v349 = "stablehlo.reshape"(%v319) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v350 = "stablehlo.multiply"(%v343, %v348) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v351 = "stablehlo.multiply"(%v347, %v349) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v352 = "stablehlo.add"(%v350, %v351) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v353 = "stablehlo.slice"(%v326) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 48>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x16xf32>
    %v354 = "stablehlo.reshape"(%v353) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v355 = "stablehlo.transpose"(%v354) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v356 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %v357 = "stablehlo.broadcast_in_dim"(%v356) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v358 = "stablehlo.multiply"(%v323, %v357) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v359 = "stablehlo.reshape"(%v358) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v360 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v361 = "stablehlo.add"(%v359, %v360) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v362 = "stablehlo.reshape"(%v322) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v363 = "stablehlo.concatenate"(%v361, %v362) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v364 = "stablehlo.reshape"(%v352) : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %v365 = "stablehlo.reshape"(%v355) : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %v368 = "stablehlo.scatter"(%v316, %v363, %v364) ({
      ^bb0(%v366: tensor<f32>, %v367: tensor<f32>):
        "stablehlo.return"(%v367) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %v371 = "stablehlo.scatter"(%v317, %v363, %v365) ({
      ^bb0(%v369: tensor<f32>, %v370: tensor<f32>):
        "stablehlo.return"(%v370) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %v372 = "stablehlo.reshape"(%v340) : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x1x16xf32>
    %v373 = "stablehlo.reshape"(%v372) : (tensor<1x1x2x1x16xf32>) -> tensor<1x2x16xf32>
    %v374 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v375 = "stablehlo.reshape"(%v373) : (tensor<1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v376 = "stablehlo.custom_call"(%v375, %v368, %v371, %v322, %v323, %v374) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<1x2x1x16xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<1x2x1x16xf32>
    %v377 = "stablehlo.reshape"(%v376) : (tensor<1x2x1x16xf32>) -> tensor<1x2x16xf32>
    %v378 = "stablehlo.reshape"(%v377) : (tensor<1x2x16xf32>) -> tensor<1x1x2x1x16xf32>
    %v379 = "stablehlo.transpose"(%v378) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x1x2x1x16xf32>) -> tensor<1x1x1x2x16xf32>
    %v380 = "stablehlo.reshape"(%v379) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %v381 = "stablehlo.reshape"(%v380) : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %v382 = "stablehlo.custom_call"(%v381, %v315) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x32xf32>, tensor<64x32xf32>) -> tensor<1x64xf32>
    %v383 = "stablehlo.reshape"(%v382) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v384 = "stablehlo.reshape"(%v383) : (tensor<1x1x64xf32>) -> tensor<1x1x1x64xf32>
    "func.return"(%v384, %v368, %v371) : (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> ()
  }
  func.func private @manual_3(%v427: tensor<1x1x64xf32>, %v428: tensor<160x64xf32>, %v429: tensor<64x80xf32>) -> (tensor<1x1x1x64xf32>) {
    %v430 = "stablehlo.reshape"(%v427) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v431 = "stablehlo.custom_call"(%v430, %v428) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<160x64xf32>) -> tensor<1x160xf32>
    %v432 = "stablehlo.reshape"(%v431) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v433 = "stablehlo.slice"(%v432) {limit_indices = array<i64: 1, 1, 80>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x160xf32>) -> tensor<1x1x80xf32>
    %v434 = "stablehlo.slice"(%v432) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 80>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x160xf32>) -> tensor<1x1x80xf32>
    %v435 = "stablehlo.logistic"(%v433) : (tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v436 = "stablehlo.multiply"(%v433, %v435) : (tensor<1x1x80xf32>, tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v437 = "stablehlo.multiply"(%v436, %v434) : (tensor<1x1x80xf32>, tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v438 = "stablehlo.reshape"(%v437) : (tensor<1x1x80xf32>) -> tensor<1x80xf32>
    %v439 = "stablehlo.custom_call"(%v438, %v429) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x80xf32>, tensor<64x80xf32>) -> tensor<1x64xf32>
    %v440 = "stablehlo.reshape"(%v439) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v441 = "stablehlo.reshape"(%v440) : (tensor<1x1x64xf32>) -> tensor<1x1x1x64xf32>
    "func.return"(%v441) : (tensor<1x1x1x64xf32>) -> ()
  }
}
