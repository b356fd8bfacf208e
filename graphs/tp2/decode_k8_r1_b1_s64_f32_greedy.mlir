module @decode_k8_r1_b1_s64_f32_greedy attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.1"}
  ) -> (tensor<1x8xi32> {mhlo.sharding = "{replicated}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}) {
    %v24 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v25 = "stablehlo.constant"() {value = dense<-1> : tensor<1x8xi32>} : () -> tensor<1x8xi32>
    %v555, %v556, %v557, %v558, %v559, %v560, %v561, %v562, %v563, %v564, %v565, %v566, %v567, %v568, %v569, %v570, %v571, %v572, %v573, %v574, %v575, %v576, %v577, %v578, %v579, %v580 = "stablehlo.while"(%v24, %v15, %v16, %v18, %v25, %v20, %v21, %v22, %v23, %v0, %v1, %v2, %v3, %v17, %v4, %v5, %v6, %v7, %v8, %v9, %v10, %v11, %v12, %v13, %v14, %v19) ({
      ^bb0(%v26: tensor<i32>, %v27: tensor<1x1xi32>, %v28: tensor<1xi32>, %v29: tensor<1xi32>, %v30: tensor<1x8xi32>, %v31: tensor<2x64x16xf32>, %v32: tensor<2x64x16xf32>, %v33: tensor<2x64x16xf32>, %v34: tensor<2x64x16xf32>, %v538: tensor<96x64xf32>, %v539: tensor<64xf32>, %v540: tensor<128x64xf32>, %v541: tensor<64x64xf32>, %v542: tensor<1xi32>, %v543: tensor<64xf32>, %v544: tensor<320x64xf32>, %v545: tensor<64x160xf32>, %v546: tensor<64xf32>, %v547: tensor<128x64xf32>, %v548: tensor<64x64xf32>, %v549: tensor<64xf32>, %v550: tensor<320x64xf32>, %v551: tensor<64x160xf32>, %v552: tensor<64xf32>, %v553: tensor<96x64xf32>, %v554: tensor<1x8xi32>):
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
      ^bb0(%v46: tensor<i32>, %v47: tensor<1x1xi32>, %v48: tensor<1xi32>, %v49: tensor<1xi32>, %v50: tensor<1x8xi32>, %v51: tensor<2x64x16xf32>, %v52: tensor<2x64x16xf32>, %v53: tensor<2x64x16xf32>, %v54: tensor<2x64x16xf32>, %v80: tensor<96x64xf32>, %v98: tensor<64xf32>, %v103: tensor<128x64xf32>, %v106: tensor<64x64xf32>, %v123: tensor<1xi32>, %v229: tensor<64xf32>, %v234: tensor<320x64xf32>, %v237: tensor<64x160xf32>, %v280: tensor<64xf32>, %v285: tensor<128x64xf32>, %v288: tensor<64x64xf32>, %v410: tensor<64xf32>, %v415: tensor<320x64xf32>, %v418: tensor<64x160xf32>, %v461: tensor<64xf32>, %v465: tensor<96x64xf32>, %v505: tensor<1x8xi32>):
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
        %v101 = "stablehlo.custom_call"(%v100) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v102 = "stablehlo.custom_call"(%v101) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v104 = "stablehlo.custom_call"(%v103) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<128x64xf32>) -> tensor<128x64xf32>
        %v105 = "stablehlo.custom_call"(%v104) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<128x64xf32>) -> tensor<64x64xf32>
        %v107 = "stablehlo.custom_call"(%v106) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
        %v108 = "stablehlo.custom_call"(%v107) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x32xf32>
        %v109 = "stablehlo.custom_call"(%v51) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
        %v110 = "stablehlo.custom_call"(%v109) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
        %v111 = "stablehlo.custom_call"(%v53) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
        %v112 = "stablehlo.custom_call"(%v111) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
        %v113 = "stablehlo.custom_call"(%v66) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v114 = "stablehlo.custom_call"(%v113) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v115 = "stablehlo.custom_call"(%v67) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v116 = "stablehlo.custom_call"(%v115) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v117 = "stablehlo.custom_call"(%v79) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v118 = "stablehlo.custom_call"(%v117) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v119 = "stablehlo.custom_call"(%v47) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1xi32>) -> tensor<1x1xi32>
        %v120 = "stablehlo.custom_call"(%v119) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1xi32>) -> tensor<1x1xi32>
        %v121 = "stablehlo.custom_call"(%v48) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v122 = "stablehlo.custom_call"(%v121) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v124 = "stablehlo.custom_call"(%v123) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v125 = "stablehlo.custom_call"(%v124) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v198, %v199, %v200 = "func.call"(%v102, %v105, %v108, %v110, %v112, %v114, %v116, %v118, %v120, %v122, %v125) {callee = @manual_0} : (tensor<1x1x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1x1x1x1x64xi1>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>)
        %v201 = "stablehlo.custom_call"(%v198) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x1x64xf32>) -> tensor<1x1x1x64xf32>
        %v202 = "stablehlo.custom_call"(%v201) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x1x64xf32>) -> tensor<2x1x1x64xf32>
        %v203 = "stablehlo.custom_call"(%v199) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
        %v204 = "stablehlo.custom_call"(%v203) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
        %v205 = "stablehlo.custom_call"(%v200) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
        %v206 = "stablehlo.custom_call"(%v205) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
        %v207 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v211 = "stablehlo.reduce"(%v202, %v207) ({
          ^bb0(%v208: tensor<f32>, %v209: tensor<f32>):
            %v210 = "stablehlo.add"(%v208, %v209) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v210) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<2x1x1x64xf32>, tensor<f32>) -> tensor<1x1x64xf32>
        %v212 = "stablehlo.add"(%v81, %v211) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
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
        %v232 = "stablehlo.custom_call"(%v231) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v233 = "stablehlo.custom_call"(%v232) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v235 = "stablehlo.custom_call"(%v234) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<320x64xf32>) -> tensor<320x64xf32>
        %v236 = "stablehlo.custom_call"(%v235) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<320x64xf32>) -> tensor<160x64xf32>
        %v238 = "stablehlo.custom_call"(%v237) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x160xf32>) -> tensor<64x160xf32>
        %v239 = "stablehlo.custom_call"(%v238) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x160xf32>) -> tensor<64x80xf32>
        %v255 = "func.call"(%v233, %v236, %v239) {callee = @manual_1} : (tensor<1x1x64xf32>, tensor<160x64xf32>, tensor<64x80xf32>) -> tensor<1x1x1x64xf32>
        %v256 = "stablehlo.custom_call"(%v255) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x1x64xf32>) -> tensor<1x1x1x64xf32>
        %v257 = "stablehlo.custom_call"(%v256) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x1x64xf32>) -> tensor<2x1x1x64xf32>
        %v258 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v262 = "stablehlo.reduce"(%v257, %v258) ({
          ^bb0(%v259: tensor<f32>, %v260: tensor<f32>):
            %v261 = "stablehlo.add"(%v259, %v260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v261) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<2x1x1x64xf32>, tensor<f32>) -> tensor<1x1x64xf32>
        %v263 = "stablehlo.add"(%v212, %v262) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v264 = "stablehlo.multiply"(%v263, %v263) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v265 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v269 = "stablehlo.reduce"(%v264, %v265) ({
          ^bb0(%v266: tensor<f32>, %v267: tensor<f32>):
            %v268 = "stablehlo.add"(%v266, %v267) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v268) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v270 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v271 = "stablehlo.broadcast_in_dim"(%v270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v272 = "stablehlo.divide"(%v269, %v271) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v273 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v274 = "stablehlo.broadcast_in_dim"(%v273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v275 = "stablehlo.add"(%v272, %v274) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v276 = "stablehlo.rsqrt"(%v275) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v277 = "stablehlo.reshape"(%v276) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v278 = "stablehlo.broadcast_in_dim"(%v277) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v279 = "stablehlo.multiply"(%v263, %v278) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v281 = "stablehlo.broadcast_in_dim"(%v280) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v282 = "stablehlo.multiply"(%v279, %v281) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v283 = "stablehlo.custom_call"(%v282) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v284 = "stablehlo.custom_call"(%v283) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v286 = "stablehlo.custom_call"(%v285) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<128x64xf32>) -> tensor<128x64xf32>
        %v287 = "stablehlo.custom_call"(%v286) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<128x64xf32>) -> tensor<64x64xf32>
        %v289 = "stablehlo.custom_call"(%v288) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
        %v290 = "stablehlo.custom_call"(%v289) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x32xf32>
        %v291 = "stablehlo.custom_call"(%v52) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
        %v292 = "stablehlo.custom_call"(%v291) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
        %v293 = "stablehlo.custom_call"(%v54) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
        %v294 = "stablehlo.custom_call"(%v293) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
        %v295 = "stablehlo.custom_call"(%v66) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v296 = "stablehlo.custom_call"(%v295) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v297 = "stablehlo.custom_call"(%v67) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v298 = "stablehlo.custom_call"(%v297) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x16xf32>) -> tensor<1x1x16xf32>
        %v299 = "stablehlo.custom_call"(%v79) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v300 = "stablehlo.custom_call"(%v299) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x1x1x64xi1>) -> tensor<1x1x1x1x64xi1>
        %v301 = "stablehlo.custom_call"(%v47) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1xi32>) -> tensor<1x1xi32>
        %v302 = "stablehlo.custom_call"(%v301) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1xi32>) -> tensor<1x1xi32>
        %v303 = "stablehlo.custom_call"(%v48) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v304 = "stablehlo.custom_call"(%v303) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v305 = "stablehlo.custom_call"(%v123) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v306 = "stablehlo.custom_call"(%v305) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
        %v379, %v380, %v381 = "func.call"(%v284, %v287, %v290, %v292, %v294, %v296, %v298, %v300, %v302, %v304, %v306) {callee = @manual_2} : (tensor<1x1x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>, tensor<1x1x1x1x64xi1>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>)
        %v382 = "stablehlo.custom_call"(%v379) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x1x64xf32>) -> tensor<1x1x1x64xf32>
        %v383 = "stablehlo.custom_call"(%v382) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x1x64xf32>) -> tensor<2x1x1x64xf32>
        %v384 = "stablehlo.custom_call"(%v380) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
        %v385 = "stablehlo.custom_call"(%v384) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
        %v386 = "stablehlo.custom_call"(%v381) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
        %v387 = "stablehlo.custom_call"(%v386) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
        %v388 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v392 = "stablehlo.reduce"(%v383, %v388) ({
          ^bb0(%v389: tensor<f32>, %v390: tensor<f32>):
            %v391 = "stablehlo.add"(%v389, %v390) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v391) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<2x1x1x64xf32>, tensor<f32>) -> tensor<1x1x64xf32>
        %v393 = "stablehlo.add"(%v263, %v392) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v394 = "stablehlo.multiply"(%v393, %v393) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v395 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v399 = "stablehlo.reduce"(%v394, %v395) ({
          ^bb0(%v396: tensor<f32>, %v397: tensor<f32>):
            %v398 = "stablehlo.add"(%v396, %v397) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v398) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v400 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v401 = "stablehlo.broadcast_in_dim"(%v400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v402 = "stablehlo.divide"(%v399, %v401) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v403 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v404 = "stablehlo.broadcast_in_dim"(%v403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v405 = "stablehlo.add"(%v402, %v404) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v406 = "stablehlo.rsqrt"(%v405) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v407 = "stablehlo.reshape"(%v406) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v408 = "stablehlo.broadcast_in_dim"(%v407) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v409 = "stablehlo.multiply"(%v393, %v408) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v411 = "stablehlo.broadcast_in_dim"(%v410) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v412 = "stablehlo.multiply"(%v409, %v411) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v413 = "stablehlo.custom_call"(%v412) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v414 = "stablehlo.custom_call"(%v413) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v416 = "stablehlo.custom_call"(%v415) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<320x64xf32>) -> tensor<320x64xf32>
        %v417 = "stablehlo.custom_call"(%v416) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<320x64xf32>) -> tensor<160x64xf32>
        %v419 = "stablehlo.custom_call"(%v418) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x160xf32>) -> tensor<64x160xf32>
        %v420 = "stablehlo.custom_call"(%v419) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x160xf32>) -> tensor<64x80xf32>
        %v436 = "func.call"(%v414, %v417, %v420) {callee = @manual_3} : (tensor<1x1x64xf32>, tensor<160x64xf32>, tensor<64x80xf32>) -> tensor<1x1x1x64xf32>
        %v437 = "stablehlo.custom_call"(%v436) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x1x64xf32>) -> tensor<1x1x1x64xf32>
        %v438 = "stablehlo.custom_call"(%v437) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x1x64xf32>) -> tensor<2x1x1x64xf32>
        %v439 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v443 = "stablehlo.reduce"(%v438, %v439) ({
          ^bb0(%v440: tensor<f32>, %v441: tensor<f32>):
            %v442 = "stablehlo.add"(%v440, %v441) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v442) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<2x1x1x64xf32>, tensor<f32>) -> tensor<1x1x64xf32>
        %v444 = "stablehlo.add"(%v393, %v443) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v445 = "stablehlo.multiply"(%v444, %v444) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v446 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v450 = "stablehlo.reduce"(%v445, %v446) ({
          ^bb0(%v447: tensor<f32>, %v448: tensor<f32>):
            %v449 = "stablehlo.add"(%v447, %v448) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v449) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<1x1xf32>
        %v451 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
        %v452 = "stablehlo.broadcast_in_dim"(%v451) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v453 = "stablehlo.divide"(%v450, %v452) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v454 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
        %v455 = "stablehlo.broadcast_in_dim"(%v454) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
        %v456 = "stablehlo.add"(%v453, %v455) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
        %v457 = "stablehlo.rsqrt"(%v456) : (tensor<1x1xf32>) -> tensor<1x1xf32>
        %v458 = "stablehlo.reshape"(%v457) : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
        %v459 = "stablehlo.broadcast_in_dim"(%v458) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xf32>) -> tensor<1x1x64xf32>
        %v460 = "stablehlo.multiply"(%v444, %v459) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v462 = "stablehlo.broadcast_in_dim"(%v461) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x1x64xf32>
        %v463 = "stablehlo.multiply"(%v460, %v462) : (tensor<1x1x64xf32>, tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
        %v464 = "stablehlo.reshape"(%v463) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
        %v466 = "stablehlo.custom_call"(%v464, %v465) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
        %v467 = "stablehlo.reshape"(%v466) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
        %v468 = "stablehlo.reshape"(%v467) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
        %v469 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
        %v470 = "stablehlo.compare"(%v468, %v468) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v471 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v472 = "stablehlo.broadcast_in_dim"(%v471) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v473 = "stablehlo.select"(%v470, %v468, %v472) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v474 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %v478 = "stablehlo.reduce"(%v473, %v474) ({
          ^bb0(%v475: tensor<f32>, %v476: tensor<f32>):
            %v477 = "stablehlo.maximum"(%v475, %v476) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v477) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v479 = "stablehlo.reshape"(%v478) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v480 = "stablehlo.broadcast_in_dim"(%v479) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
        %v481 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v482 = "stablehlo.compare"(%v473, %v480) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
        %v483 = "stablehlo.broadcast_in_dim"(%v481) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
        %v484 = "stablehlo.select"(%v482, %v469, %v483) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
        %v485 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v489 = "stablehlo.reduce"(%v484, %v485) ({
          ^bb0(%v486: tensor<i32>, %v487: tensor<i32>):
            %v488 = "stablehlo.minimum"(%v486, %v487) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v488) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v490 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %v491 = "stablehlo.broadcast_in_dim"(%v490) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v492 = "stablehlo.compare"(%v489, %v491) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v493 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v494 = "stablehlo.broadcast_in_dim"(%v493) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v495 = "stablehlo.select"(%v492, %v494, %v489) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v496 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v497 = "stablehlo.compare"(%v49, %v496) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v498 = "stablehlo.constant"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
        %v499 = "stablehlo.broadcast_in_dim"(%v498) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v500 = "stablehlo.select"(%v497, %v495, %v499) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v501 = "stablehlo.reshape"(%v500) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v502 = "stablehlo.dynamic_update_slice"(%v50, %v501, %v55, %v46) : (tensor<1x8xi32>, tensor<1x1xi32>, tensor<i32>, tensor<i32>) -> tensor<1x8xi32>
        %v503 = "stablehlo.reshape"(%v495) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v504 = "stablehlo.broadcast_in_dim"(%v503) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x8xi32>
        %v506 = "stablehlo.compare"(%v504, %v505) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x8xi32>, tensor<1x8xi32>) -> tensor<1x8xi1>
        %v507 = "stablehlo.convert"(%v506) : (tensor<1x8xi1>) -> tensor<1x8xi32>
        %v508 = "stablehlo.constant"() {value = dense<-2147483648> : tensor<i32>} : () -> tensor<i32>
        %v512 = "stablehlo.reduce"(%v507, %v508) ({
          ^bb0(%v509: tensor<i32>, %v510: tensor<i32>):
            %v511 = "stablehlo.maximum"(%v509, %v510) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v511) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1xi32>
        %v513 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v514 = "stablehlo.compare"(%v512, %v513) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
        %v515 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v516 = "stablehlo.broadcast_in_dim"(%v515) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v517 = "stablehlo.subtract"(%v49, %v516) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v518 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v519 = "stablehlo.maximum"(%v517, %v518) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v520 = "stablehlo.broadcast_in_dim"(%v55) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
        %v521 = "stablehlo.select"(%v514, %v520, %v519) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        %v522 = "stablehlo.reshape"(%v497) : (tensor<1xi1>) -> tensor<1x1xi1>
        %v523 = "stablehlo.reshape"(%v495) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v524 = "stablehlo.select"(%v522, %v523, %v47) : (tensor<1x1xi1>, tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
        %v525 = "stablehlo.convert"(%v497) : (tensor<1xi1>) -> tensor<1xi32>
        %v526 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v527 = "stablehlo.add"(%v46, %v526) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v528 = "stablehlo.add"(%v48, %v525) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
        "stablehlo.return"(%v527, %v524, %v528, %v521, %v502, %v204, %v385, %v206, %v387, %v80, %v98, %v103, %v106, %v123, %v229, %v234, %v237, %v280, %v285, %v288, %v410, %v415, %v418, %v461, %v465, %v505) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<1xi32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<1xi32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>) -> (tensor<i32>, tensor<1x1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<96x64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<1xi32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<64x160xf32>, tensor<64xf32>, tensor<96x64xf32>, tensor<1x8xi32>)
    "func.return"(%v559, %v560, %v561, %v562, %v563) : (tensor<1x8xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
  func.func private @manual_0(%v126: tensor<1x1x64xf32>, %v127: tensor<64x64xf32>, %v128: tensor<64x32xf32>, %v129: tensor<1x64x16xf32>, %v130: tensor<1x64x16xf32>, %v131: tensor<1x1x16xf32>, %v132: tensor<1x1x16xf32>, %v133: tensor<1x1x1x1x64xi1>, %v134: tensor<1x1xi32>, %v135: tensor<1xi32>, %v136: tensor<1xi32>) -> (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) {
    %v137 = "stablehlo.reshape"(%v126) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v138 = "stablehlo.custom_call"(%v137, %v127) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %v139 = "stablehlo.reshape"(%v138) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v140 = "stablehlo.slice"(%v139) {limit_indices = array<i64: 1, 1, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x32xf32>
    %v141 = "stablehlo.reshape"(%v140) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v142 = "stablehlo.transpose"(%v141) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v143 = "stablehlo.slice"(%v142) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v144 = "stablehlo.slice"(%v142) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v145 = "stablehlo.negate"(%v144) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v146 = "stablehlo.concatenate"(%v145, %v143) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v147 = "stablehlo.reshape"(%v131) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v148 = "stablehlo.reshape"(%v132) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v149 = "stablehlo.broadcast_in_dim"(%v147) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v150 = "stablehlo.multiply"(%v142, %v149) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v151 = "stablehlo.broadcast_in_dim"(%v148) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v152 = "stablehlo.multiply"(%v146, %v151) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v153 = "stablehlo.add"(%v150, %v152) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v154 = "stablehlo.slice"(%v139) {limit_indices = array<i64: 1, 1, 48>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x16xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v156 = "stablehlo.transpose"(%v155) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v157 = "stablehlo.slice"(%v156) {limit_indices = array<i64: 1, 1, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x8xf32>
    %v158 = "stablehlo.slice"(%v156) {limit_indices = array<i64: 1, 1, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x8xf32>
    %v159 = "stablehlo.negate"(%v158) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %v160 = "stablehlo.concatenate"(%v159, %v157) {dimension = 3 : i64} : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x16xf32>
    %v161 = "stablehlo.reshape"(%v131) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v162 = "stablehlo.reshape"(%v132) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v163 = "stablehlo.multiply"(%v156, %v161) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v164 = "stablehlo.multiply"(%v160, %v162) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v165 = "stablehlo.add"(%v163, %v164) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v166 = "stablehlo.slice"(%v139) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 48>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x16xf32>
    %v167 = "stablehlo.reshape"(%v166) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v168 = "stablehlo.transpose"(%v167) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v169 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %v170 = "stablehlo.broadcast_in_dim"(%v169) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v171 = "stablehlo.multiply"(%v136, %v170) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v172 = "stablehlo.reshape"(%v171) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v173 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v174 = "stablehlo.add"(%v172, %v173) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v175 = "stablehlo.reshape"(%v135) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v176 = "stablehlo.concatenate"(%v174, %v175) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v177 = "stablehlo.reshape"(%v165) : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %v178 = "stablehlo.reshape"(%v168) : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %v181 = "stablehlo.scatter"(%v129, %v176, %v177) ({
      ^bb0(%v179: tensor<f32>, %v180: tensor<f32>):
        "stablehlo.return"(%v180) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %v184 = "stablehlo.scatter"(%v130, %v176, %v178) ({
      ^bb0(%v182: tensor<f32>, %v183: tensor<f32>):
        "stablehlo.return"(%v183) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %v185 = "stablehlo.reshape"(%v153) : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x1x16xf32>
    %v186 = "stablehlo.reshape"(%v185) : (tensor<1x1x2x1x16xf32>) -> tensor<1x2x16xf32>
    %v187 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v188 = "stablehlo.reshape"(%v186) : (tensor<1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v189 = "stablehlo.custom_call"(%v188, %v181, %v184, %v135, %v136, %v187) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<1x2x1x16xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<1x2x1x16xf32>
    %v190 = "stablehlo.reshape"(%v189) : (tensor<1x2x1x16xf32>) -> tensor<1x2x16xf32>
    %v191 = "stablehlo.reshape"(%v190) : (tensor<1x2x16xf32>) -> tensor<1x1x2x1x16xf32>
    %v192 = "stablehlo.transpose"(%v191) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x1x2x1x16xf32>) -> tensor<1x1x1x2x16xf32>
    %v193 = "stablehlo.reshape"(%v192) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %v194 = "stablehlo.reshape"(%v193) : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %v195 = "stablehlo.custom_call"(%v194, %v128) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x32xf32>, tensor<64x32xf32>) -> tensor<1x64xf32>
    %v196 = "stablehlo.reshape"(%v195) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v197 = "stablehlo.reshape"(%v196) : (tensor<1x1x64xf32>) -> tensor<1x1x1x64xf32>
    "func.return"(%v197, %v181, %v184) : (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> ()
  }
  func.func private @manual_1(%v240: tensor<1x1x64xf32>, %v241: tensor<160x64xf32>, %v242: tensor<64x80xf32>) -> (tensor<1x1x1x64xf32>) {
    %v243 = "stablehlo.reshape"(%v240) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v244 = "stablehlo.custom_call"(%v243, %v241) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<160x64xf32>) -> tensor<1x160xf32>
    %v245 = "stablehlo.reshape"(%v244) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v246 = "stablehlo.slice"(%v245) {limit_indices = array<i64: 1, 1, 80>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x160xf32>) -> tensor<1x1x80xf32>
    %v247 = "stablehlo.slice"(%v245) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 80>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x160xf32>) -> tensor<1x1x80xf32>
    %v248 = "stablehlo.logistic"(%v246) : (tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v249 = "stablehlo.multiply"(%v246, %v248) : (tensor<1x1x80xf32>, tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v250 = "stablehlo.multiply"(%v249, %v247) : (tensor<1x1x80xf32>, tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v251 = "stablehlo.reshape"(%v250) : (tensor<1x1x80xf32>) -> tensor<1x80xf32>
    %v252 = "stablehlo.custom_call"(%v251, %v242) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x80xf32>, tensor<64x80xf32>) -> tensor<1x64xf32>
    %v253 = "stablehlo.reshape"(%v252) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v254 = "stablehlo.reshape"(%v253) : (tensor<1x1x64xf32>) -> tensor<1x1x1x64xf32>
    "func.return"(%v254) : (tensor<1x1x1x64xf32>) -> ()
  }
  func.func private @manual_2(%v307: tensor<1x1x64xf32>, %v308: tensor<64x64xf32>, %v309: tensor<64x32xf32>, %v310: tensor<1x64x16xf32>, %v311: tensor<1x64x16xf32>, %v312: tensor<1x1x16xf32>, %v313: tensor<1x1x16xf32>, %v314: tensor<1x1x1x1x64xi1>, %v315: tensor<1x1xi32>, %v316: tensor<1xi32>, %v317: tensor<1xi32>) -> (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) {
    %v318 = "stablehlo.reshape"(%v307) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v319 = "stablehlo.custom_call"(%v318, %v308) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<64x64xf32>) -> tensor<1x64xf32>
    %v320 = "stablehlo.reshape"(%v319) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v321 = "stablehlo.slice"(%v320) {limit_indices = array<i64: 1, 1, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x32xf32>
    %v322 = "stablehlo.reshape"(%v321) : (tensor<1x1x32xf32>) -> tensor<1x1x2x16xf32>
    %v323 = "stablehlo.transpose"(%v322) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v324 = "stablehlo.slice"(%v323) {limit_indices = array<i64: 1, 2, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v325 = "stablehlo.slice"(%v323) {limit_indices = array<i64: 1, 2, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x1x16xf32>) -> tensor<1x2x1x8xf32>
    %v326 = "stablehlo.negate"(%v325) : (tensor<1x2x1x8xf32>) -> tensor<1x2x1x8xf32>
    %v327 = "stablehlo.concatenate"(%v326, %v324) {dimension = 3 : i64} : (tensor<1x2x1x8xf32>, tensor<1x2x1x8xf32>) -> tensor<1x2x1x16xf32>
    %v328 = "stablehlo.reshape"(%v312) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v329 = "stablehlo.reshape"(%v313) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v330 = "stablehlo.broadcast_in_dim"(%v328) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v331 = "stablehlo.multiply"(%v323, %v330) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v332 = "stablehlo.broadcast_in_dim"(%v329) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v333 = "stablehlo.multiply"(%v327, %v332) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v334 = "stablehlo.add"(%v331, %v333) : (tensor<1x2x1x16xf32>, tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
    %v335 = "stablehlo.slice"(%v320) {limit_indices = array<i64: 1, 1, 48>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x16xf32>
    %v336 = "stablehlo.reshape"(%v335) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v337 = "stablehlo.transpose"(%v336) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v338 = "stablehlo.slice"(%v337) {limit_indices = array<i64: 1, 1, 1, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x8xf32>
    %v339 = "stablehlo.slice"(%v337) {limit_indices = array<i64: 1, 1, 1, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x8xf32>
    %v340 = "stablehlo.negate"(%v339) : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %v341 = "stablehlo.concatenate"(%v340, %v338) {dimension = 3 : i64} : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>) -> tensor<1x1x1x16xf32>
    %v342 = "stablehlo.reshape"(%v312) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v343 = "stablehlo.reshape"(%v313) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v344 = "stablehlo.multiply"(%v337, %v342) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v345 = "stablehlo.multiply"(%v341, %v343) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v346 = "stablehlo.add"(%v344, %v345) : (tensor<1x1x1x16xf32>, tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v347 = "stablehlo.slice"(%v320) {limit_indices = array<i64: 1, 1, 64>, start_indices = array<i64: 0, 0, 48>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x64xf32>) -> tensor<1x1x16xf32>
    %v348 = "stablehlo.reshape"(%v347) : (tensor<1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v349 = "stablehlo.transpose"(%v348) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x1x1x16xf32>) -> tensor<1x1x1x16xf32>
    %v350 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %v351 = "stablehlo.broadcast_in_dim"(%v350) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v352 = "stablehlo.multiply"(%v317, %v351) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v353 = "stablehlo.reshape"(%v352) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v354 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v355 = "stablehlo.add"(%v353, %v354) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v356 = "stablehlo.reshape"(%v316) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v357 = "stablehlo.concatenate"(%v355, %v356) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v358 = "stablehlo.reshape"(%v346) : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %v359 = "stablehlo.reshape"(%v349) : (tensor<1x1x1x16xf32>) -> tensor<1x1x16xf32>
    %v362 = "stablehlo.scatter"(%v310, %v357, %v358) ({
      ^bb0(%v360: tensor<f32>, %v361: tensor<f32>):
        "stablehlo.return"(%v361) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %v365 = "stablehlo.scatter"(%v311, %v357, %v359) ({
      ^bb0(%v363: tensor<f32>, %v364: tensor<f32>):
        "stablehlo.return"(%v364) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x1x16xf32>) -> tensor<1x64x16xf32>
    %v366 = "stablehlo.reshape"(%v334) : (tensor<1x2x1x16xf32>) -> tensor<1x1x2x1x16xf32>
    %v367 = "stablehlo.reshape"(%v366) : (tensor<1x1x2x1x16xf32>) -> tensor<1x2x16xf32>
    %v368 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v369 = "stablehlo.reshape"(%v367) : (tensor<1x2x16xf32>) -> tensor<1x2x1x16xf32>
    %v370 = "stablehlo.custom_call"(%v369, %v362, %v365, %v316, %v317, %v368) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<1x2x1x16xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<1x2x1x16xf32>
    %v371 = "stablehlo.reshape"(%v370) : (tensor<1x2x1x16xf32>) -> tensor<1x2x16xf32>
    %v372 = "stablehlo.reshape"(%v371) : (tensor<1x2x16xf32>) -> tensor<1x1x2x1x16xf32>
    %v373 = "stablehlo.transpose"(%v372) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x1x2x1x16xf32>) -> tensor<1x1x1x2x16xf32>
    %v374 = "stablehlo.reshape"(%v373) : (tensor<1x1x1x2x16xf32>) -> tensor<1x1x32xf32>
    %v375 = "stablehlo.reshape"(%v374) : (tensor<1x1x32xf32>) -> tensor<1x32xf32>
    %v376 = "stablehlo.custom_call"(%v375, %v309) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x32xf32>, tensor<64x32xf32>) -> tensor<1x64xf32>
    %v377 = "stablehlo.reshape"(%v376) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v378 = "stablehlo.reshape"(%v377) : (tensor<1x1x64xf32>) -> tensor<1x1x1x64xf32>
    "func.return"(%v378, %v362, %v365) : (tensor<1x1x1x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> ()
  }
  func.func private @manual_3(%v421: tensor<1x1x64xf32>, %v422: tensor<160x64xf32>, %v423: tensor<64x80xf32>) -> (tensor<1x1x1x64xf32>) {
    %v424 = "stablehlo.reshape"(%v421) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v425 = "stablehlo.custom_call"(%v424, %v422) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<160x64xf32>) -> tensor<1x160xf32>
    %v426 = "stablehlo.reshape"(%v425) : (tensor<1x160xf32>) -> tensor<1x1x160xf32>
    %v427 = "stablehlo.slice"(%v426) {limit_indices = array<i64: 1, 1, 80>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x160xf32>) -> tensor<1x1x80xf32>
    %v428 = "stablehlo.slice"(%v426) {limit_indices = array<i64: 1, 1, 160>, start_indices = array<i64: 0, 0, 80>, strides = array<i64: 1, 1, 1>} : (tensor<1x1x160xf32>) -> tensor<1x1x80xf32>
    %v429 = "stablehlo.logistic"(%v427) : (tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v430 = "stablehlo.multiply"(%v427, %v429) : (tensor<1x1x80xf32>, tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v431 = "stablehlo.multiply"(%v430, %v428) : (tensor<1x1x80xf32>, tensor<1x1x80xf32>) -> tensor<1x1x80xf32>
    %v432 = "stablehlo.reshape"(%v431) : (tensor<1x1x80xf32>) -> tensor<1x80xf32>
    %v433 = "stablehlo.custom_call"(%v432, %v423) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x80xf32>, tensor<64x80xf32>) -> tensor<1x64xf32>
    %v434 = "stablehlo.reshape"(%v433) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %v435 = "stablehlo.reshape"(%v434) : (tensor<1x1x64xf32>) -> tensor<1x1x1x64xf32>
    "func.return"(%v435) : (tensor<1x1x1x64xf32>) -> ()
  }
}
