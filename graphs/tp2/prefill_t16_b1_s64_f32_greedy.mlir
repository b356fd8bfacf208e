module @prefill_t16_b1_s64_f32_greedy attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v15: tensor<1x16xi32> {mhlo.sharding = "{replicated}", xlagen.name = "tokens"},
      %v16: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "start"},
      %v17: tensor<i32> {mhlo.sharding = "{replicated}", xlagen.name = "slot"},
      %v19: tensor<i32> {mhlo.sharding = "{replicated}", xlagen.name = "last"},
      %v20: tensor<2x64x16xf32> {tf.aliasing_output = 1 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "k_cache.0"},
      %v21: tensor<2x64x16xf32> {tf.aliasing_output = 2 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "k_cache.1"},
      %v22: tensor<2x64x16xf32> {tf.aliasing_output = 3 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.0"},
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.1"}
  ) -> (tensor<1x1xi32> {mhlo.sharding = "{replicated}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}) {
    %v18 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v24 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v25 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v26 = "stablehlo.broadcast_in_dim"(%v25) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v27 = "stablehlo.add"(%v24, %v26) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v28 = "stablehlo.convert"(%v27) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v29 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v30 = "stablehlo.reshape"(%v28) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v31 = "stablehlo.reshape"(%v29) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v32 = "stablehlo.broadcast_in_dim"(%v30) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v33 = "stablehlo.broadcast_in_dim"(%v31) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v34 = "stablehlo.multiply"(%v32, %v33) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v35 = "stablehlo.concatenate"(%v34, %v34) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v36 = "stablehlo.cosine"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v37 = "stablehlo.sine"(%v35) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v38 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v39 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v40 = "stablehlo.broadcast_in_dim"(%v39) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v41 = "stablehlo.add"(%v38, %v40) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v42 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v43 = "stablehlo.compare"(%v42, %v41) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v44 = "stablehlo.subtract"(%v41, %v42) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v45 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v46 = "stablehlo.broadcast_in_dim"(%v45) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v47 = "stablehlo.compare"(%v44, %v46) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v48 = "stablehlo.and"(%v43, %v47) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v49 = "stablehlo.reshape"(%v48) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v50 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v51 = "stablehlo.multiply"(%v50, %v50) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v52 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v56 = "stablehlo.reduce"(%v51, %v52) ({
      ^bb0(%v53: tensor<f32>, %v54: tensor<f32>):
        %v55 = "stablehlo.add"(%v53, %v54) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v55) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v57 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v58 = "stablehlo.broadcast_in_dim"(%v57) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v59 = "stablehlo.divide"(%v56, %v58) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v60 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v61 = "stablehlo.broadcast_in_dim"(%v60) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v62 = "stablehlo.add"(%v59, %v61) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.rsqrt"(%v62) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v64 = "stablehlo.reshape"(%v63) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v65 = "stablehlo.broadcast_in_dim"(%v64) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v66 = "stablehlo.multiply"(%v50, %v65) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v67 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v68 = "stablehlo.multiply"(%v66, %v67) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v69 = "stablehlo.custom_call"(%v68) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v70 = "stablehlo.custom_call"(%v69) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v71 = "stablehlo.custom_call"(%v2) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %v72 = "stablehlo.custom_call"(%v71) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<128x64xf32>) -> tensor<64x64xf32>
    %v73 = "stablehlo.custom_call"(%v3) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %v74 = "stablehlo.custom_call"(%v73) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x32xf32>
    %v75 = "stablehlo.custom_call"(%v20) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %v76 = "stablehlo.custom_call"(%v75) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
    %v77 = "stablehlo.custom_call"(%v22) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %v78 = "stablehlo.custom_call"(%v77) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
    %v79 = "stablehlo.custom_call"(%v36) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v80 = "stablehlo.custom_call"(%v79) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v81 = "stablehlo.custom_call"(%v37) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v82 = "stablehlo.custom_call"(%v81) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v83 = "stablehlo.custom_call"(%v49) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v84 = "stablehlo.custom_call"(%v83) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v85 = "stablehlo.custom_call"(%v15) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %v86 = "stablehlo.custom_call"(%v85) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %v87 = "stablehlo.custom_call"(%v16) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v88 = "stablehlo.custom_call"(%v87) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v89 = "stablehlo.custom_call"(%v18) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v90 = "stablehlo.custom_call"(%v89) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v163, %v164, %v165 = "func.call"(%v70, %v72, %v74, %v76, %v78, %v80, %v82, %v84, %v86, %v88, %v90) {callee = @manual_0} : (tensor<1x16x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1x1x1x16x64xi1>, tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>)
    %v166 = "stablehlo.custom_call"(%v163) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x16x64xf32>) -> tensor<1x1x16x64xf32>
    %v167 = "stablehlo.custom_call"(%v166) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x16x64xf32>) -> tensor<2x1x16x64xf32>
    %v168 = "stablehlo.custom_call"(%v164) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %v169 = "stablehlo.custom_call"(%v168) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
    %v170 = "stablehlo.custom_call"(%v165) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %v171 = "stablehlo.custom_call"(%v170) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
    %v172 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v176 = "stablehlo.reduce"(%v167, %v172) ({
      ^bb0(%v173: tensor<f32>, %v174: tensor<f32>):
        %v175 = "stablehlo.add"(%v173, %v174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v175) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x16x64xf32>, tensor<f32>) -> tensor<1x16x64xf32>
    %v177 = "stablehlo.add"(%v50, %v176) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v178 = "stablehlo.multiply"(%v177, %v177) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v179 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v183 = "stablehlo.reduce"(%v178, %v179) ({
      ^bb0(%v180: tensor<f32>, %v181: tensor<f32>):
        %v182 = "stablehlo.add"(%v180, %v181) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v182) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v184 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v185 = "stablehlo.broadcast_in_dim"(%v184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v186 = "stablehlo.divide"(%v183, %v185) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v187 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v188 = "stablehlo.broadcast_in_dim"(%v187) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v189 = "stablehlo.add"(%v186, %v188) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v190 = "stablehlo.rsqrt"(%v189) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v191 = "stablehlo.reshape"(%v190) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v192 = "stablehlo.broadcast_in_dim"(%v191) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v193 = "stablehlo.multiply"(%v177, %v192) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v194 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v195 = "stablehlo.multiply"(%v193, %v194) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v196 = "stablehlo.custom_call"(%v195) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v197 = "stablehlo.custom_call"(%v196) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v198 = "stablehlo.custom_call"(%v5) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<320x64xf32>) -> tensor<320x64xf32>
    %v199 = "stablehlo.custom_call"(%v198) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<320x64xf32>) -> tensor<160x64xf32>
    %v200 = "stablehlo.custom_call"(%v6) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x160xf32>) -> tensor<64x160xf32>
    %v201 = "stablehlo.custom_call"(%v200) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x160xf32>) -> tensor<64x80xf32>
    %v217 = "func.call"(%v197, %v199, %v201) {callee = @manual_1} : (tensor<1x16x64xf32>, tensor<160x64xf32>, tensor<64x80xf32>) -> tensor<1x1x16x64xf32>
    %v218 = "stablehlo.custom_call"(%v217) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x16x64xf32>) -> tensor<1x1x16x64xf32>
    %v219 = "stablehlo.custom_call"(%v218) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x16x64xf32>) -> tensor<2x1x16x64xf32>
    %v220 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v224 = "stablehlo.reduce"(%v219, %v220) ({
      ^bb0(%v221: tensor<f32>, %v222: tensor<f32>):
        %v223 = "stablehlo.add"(%v221, %v222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v223) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x16x64xf32>, tensor<f32>) -> tensor<1x16x64xf32>
    %v225 = "stablehlo.add"(%v177, %v224) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v226 = "stablehlo.multiply"(%v225, %v225) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v227 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v231 = "stablehlo.reduce"(%v226, %v227) ({
      ^bb0(%v228: tensor<f32>, %v229: tensor<f32>):
        %v230 = "stablehlo.add"(%v228, %v229) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v230) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v232 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v233 = "stablehlo.broadcast_in_dim"(%v232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v234 = "stablehlo.divide"(%v231, %v233) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v235 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v236 = "stablehlo.broadcast_in_dim"(%v235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v237 = "stablehlo.add"(%v234, %v236) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v238 = "stablehlo.rsqrt"(%v237) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v239 = "stablehlo.reshape"(%v238) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v240 = "stablehlo.broadcast_in_dim"(%v239) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v241 = "stablehlo.multiply"(%v225, %v240) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v242 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v243 = "stablehlo.multiply"(%v241, %v242) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v244 = "stablehlo.custom_call"(%v243) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v245 = "stablehlo.custom_call"(%v244) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v246 = "stablehlo.custom_call"(%v8) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %v247 = "stablehlo.custom_call"(%v246) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<128x64xf32>) -> tensor<64x64xf32>
    %v248 = "stablehlo.custom_call"(%v9) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %v249 = "stablehlo.custom_call"(%v248) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x32xf32>
    %v250 = "stablehlo.custom_call"(%v21) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %v251 = "stablehlo.custom_call"(%v250) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
    %v252 = "stablehlo.custom_call"(%v23) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %v253 = "stablehlo.custom_call"(%v252) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
    %v254 = "stablehlo.custom_call"(%v36) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v255 = "stablehlo.custom_call"(%v254) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v256 = "stablehlo.custom_call"(%v37) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v257 = "stablehlo.custom_call"(%v256) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v258 = "stablehlo.custom_call"(%v49) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v259 = "stablehlo.custom_call"(%v258) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v260 = "stablehlo.custom_call"(%v15) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %v261 = "stablehlo.custom_call"(%v260) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %v262 = "stablehlo.custom_call"(%v16) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v263 = "stablehlo.custom_call"(%v262) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v264 = "stablehlo.custom_call"(%v18) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v265 = "stablehlo.custom_call"(%v264) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v338, %v339, %v340 = "func.call"(%v245, %v247, %v249, %v251, %v253, %v255, %v257, %v259, %v261, %v263, %v265) {callee = @manual_2} : (tensor<1x16x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1x1x1x16x64xi1>, tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>)
    %v341 = "stablehlo.custom_call"(%v338) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x16x64xf32>) -> tensor<1x1x16x64xf32>
    %v342 = "stablehlo.custom_call"(%v341) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x16x64xf32>) -> tensor<2x1x16x64xf32>
    %v343 = "stablehlo.custom_call"(%v339) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %v344 = "stablehlo.custom_call"(%v343) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
    %v345 = "stablehlo.custom_call"(%v340) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %v346 = "stablehlo.custom_call"(%v345) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
    %v347 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v351 = "stablehlo.reduce"(%v342, %v347) ({
      ^bb0(%v348: tensor<f32>, %v349: tensor<f32>):
        %v350 = "stablehlo.add"(%v348, %v349) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v350) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x16x64xf32>, tensor<f32>) -> tensor<1x16x64xf32>
    %v352 = "stablehlo.add"(%v225, %v351) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v353 = "stablehlo.multiply"(%v352, %v352) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v354 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v358 = "stablehlo.reduce"(%v353, %v354) ({
      ^bb0(%v355: tensor<f32>, %v356: tensor<f32>):
        %v357 = "stablehlo.add"(%v355, %v356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v357) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v359 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v360 = "stablehlo.broadcast_in_dim"(%v359) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v361 = "stablehlo.divide"(%v358, %v360) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v362 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v363 = "stablehlo.broadcast_in_dim"(%v362) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v364 = "stablehlo.add"(%v361, %v363) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v365 = "stablehlo.rsqrt"(%v364) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v366 = "stablehlo.reshape"(%v365) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v367 = "stablehlo.broadcast_in_dim"(%v366) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v368 = "stablehlo.multiply"(%v352, %v367) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v369 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v370 = "stablehlo.multiply"(%v368, %v369) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v371 = "stablehlo.custom_call"(%v370) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v372 = "stablehlo.custom_call"(%v371) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v373 = "stablehlo.custom_call"(%v11) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<320x64xf32>) -> tensor<320x64xf32>
    %v374 = "stablehlo.custom_call"(%v373) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<320x64xf32>) -> tensor<160x64xf32>
    %v375 = "stablehlo.custom_call"(%v12) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x160xf32>) -> tensor<64x160xf32>
    %v376 = "stablehlo.custom_call"(%v375) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x160xf32>) -> tensor<64x80xf32>
    %v392 = "func.call"(%v372, %v374, %v376) {callee = @manual_3} : (tensor<1x16x64xf32>, tensor<160x64xf32>, tensor<64x80xf32>) -> tensor<1x1x16x64xf32>
    %v393 = "stablehlo.custom_call"(%v392) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x16x64xf32>) -> tensor<1x1x16x64xf32>
    %v394 = "stablehlo.custom_call"(%v393) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x16x64xf32>) -> tensor<2x1x16x64xf32>
    %v395 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v399 = "stablehlo.reduce"(%v394, %v395) ({
      ^bb0(%v396: tensor<f32>, %v397: tensor<f32>):
        %v398 = "stablehlo.add"(%v396, %v397) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v398) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x16x64xf32>, tensor<f32>) -> tensor<1x16x64xf32>
    %v400 = "stablehlo.add"(%v352, %v399) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v401 = "stablehlo.multiply"(%v400, %v400) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v402 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v406 = "stablehlo.reduce"(%v401, %v402) ({
      ^bb0(%v403: tensor<f32>, %v404: tensor<f32>):
        %v405 = "stablehlo.add"(%v403, %v404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v405) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v407 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v408 = "stablehlo.broadcast_in_dim"(%v407) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v409 = "stablehlo.divide"(%v406, %v408) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v410 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v411 = "stablehlo.broadcast_in_dim"(%v410) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v412 = "stablehlo.add"(%v409, %v411) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v413 = "stablehlo.rsqrt"(%v412) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v414 = "stablehlo.reshape"(%v413) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v415 = "stablehlo.broadcast_in_dim"(%v414) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v416 = "stablehlo.multiply"(%v400, %v415) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v417 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v418 = "stablehlo.multiply"(%v416, %v417) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v419 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v420 = "stablehlo.dynamic_slice"(%v418, %v419, %v19, %v419) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v421 = "stablehlo.reshape"(%v420) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v422 = "stablehlo.custom_call"(%v421, %v14) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v423 = "stablehlo.reshape"(%v422) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v424 = "stablehlo.reshape"(%v423) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v425 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v426 = "stablehlo.compare"(%v424, %v424) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v427 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v428 = "stablehlo.broadcast_in_dim"(%v427) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v429 = "stablehlo.select"(%v426, %v424, %v428) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v430 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v434 = "stablehlo.reduce"(%v429, %v430) ({
      ^bb0(%v431: tensor<f32>, %v432: tensor<f32>):
        %v433 = "stablehlo.maximum"(%v431, %v432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v433) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v435 = "stablehlo.reshape"(%v434) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v436 = "stablehlo.broadcast_in_dim"(%v435) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v437 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v438 = "stablehlo.compare"(%v429, %v436) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v439 = "stablehlo.broadcast_in_dim"(%v437) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v440 = "stablehlo.select"(%v438, %v425, %v439) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v441 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v445 = "stablehlo.reduce"(%v440, %v441) ({
      ^bb0(%v442: tensor<i32>, %v443: tensor<i32>):
        %v444 = "stablehlo.minimum"(%v442, %v443) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v444) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v446 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v447 = "stablehlo.broadcast_in_dim"(%v446) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v448 = "stablehlo.compare"(%v445, %v447) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %v449 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v450 = "stablehlo.broadcast_in_dim"(%v449) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v451 = "stablehlo.select"(%v448, %v450, %v445) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v452 = "stablehlo.reshape"(%v451) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v452, %v169, %v344, %v171, %v346) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
  func.func private @manual_0(%v91: tensor<1x16x64xf32>, %v92: tensor<64x64xf32>, %v93: tensor<64x32xf32>, %v94: tensor<1x64x16xf32>, %v95: tensor<1x64x16xf32>, %v96: tensor<1x16x16xf32>, %v97: tensor<1x16x16xf32>, %v98: tensor<1x1x1x16x64xi1>, %v99: tensor<1x16xi32>, %v100: tensor<1xi32>, %v101: tensor<1xi32>) -> (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) {
    %v102 = "stablehlo.reshape"(%v91) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v103 = "stablehlo.custom_call"(%v102, %v92) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v104 = "stablehlo.reshape"(%v103) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v105 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 1, 16, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x32xf32>
    %v106 = "stablehlo.reshape"(%v105) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v107 = "stablehlo.transpose"(%v106) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v108 = "stablehlo.slice"(%v107) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v109 = "stablehlo.slice"(%v107) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v110 = "stablehlo.negate"(%v109) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v111 = "stablehlo.concatenate"(%v110, %v108) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v112 = "stablehlo.reshape"(%v96) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v113 = "stablehlo.reshape"(%v97) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v114 = "stablehlo.broadcast_in_dim"(%v112) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v115 = "stablehlo.multiply"(%v107, %v114) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v116 = "stablehlo.broadcast_in_dim"(%v113) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v117 = "stablehlo.multiply"(%v111, %v116) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v118 = "stablehlo.add"(%v115, %v117) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v119 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 1, 16, 48>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x16xf32>
    %v120 = "stablehlo.reshape"(%v119) : (tensor<1x16x16xf32>) -> tensor<1x16x1x16xf32>
    %v121 = "stablehlo.transpose"(%v120) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x1x16xf32>) -> tensor<1x1x16x16xf32>
    %v122 = "stablehlo.slice"(%v121) {limit_indices = array<i64: 1, 1, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x8xf32>
    %v123 = "stablehlo.slice"(%v121) {limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x8xf32>
    %v124 = "stablehlo.negate"(%v123) : (tensor<1x1x16x8xf32>) -> tensor<1x1x16x8xf32>
    %v125 = "stablehlo.concatenate"(%v124, %v122) {dimension = 3 : i64} : (tensor<1x1x16x8xf32>, tensor<1x1x16x8xf32>) -> tensor<1x1x16x16xf32>
    %v126 = "stablehlo.reshape"(%v96) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v127 = "stablehlo.reshape"(%v97) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v128 = "stablehlo.multiply"(%v121, %v126) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v129 = "stablehlo.multiply"(%v125, %v127) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v130 = "stablehlo.add"(%v128, %v129) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v131 = "stablehlo.slice"(%v104) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 48>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x16xf32>
    %v132 = "stablehlo.reshape"(%v131) : (tensor<1x16x16xf32>) -> tensor<1x16x1x16xf32>
    %v133 = "stablehlo.transpose"(%v132) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x1x16xf32>) -> tensor<1x1x16x16xf32>
    %v134 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %v135 = "stablehlo.broadcast_in_dim"(%v134) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v136 = "stablehlo.multiply"(%v101, %v135) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v137 = "stablehlo.reshape"(%v136) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v138 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v139 = "stablehlo.add"(%v137, %v138) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v140 = "stablehlo.reshape"(%v100) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v141 = "stablehlo.concatenate"(%v139, %v140) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v142 = "stablehlo.reshape"(%v130) : (tensor<1x1x16x16xf32>) -> tensor<1x16x16xf32>
    %v143 = "stablehlo.reshape"(%v133) : (tensor<1x1x16x16xf32>) -> tensor<1x16x16xf32>
    %v146 = "stablehlo.scatter"(%v94, %v141, %v142) ({
      ^bb0(%v144: tensor<f32>, %v145: tensor<f32>):
        "stablehlo.return"(%v145) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x16x16xf32>) -> tensor<1x64x16xf32>
    %v149 = "stablehlo.scatter"(%v95, %v141, %v143) ({
      ^bb0(%v147: tensor<f32>, %v148: tensor<f32>):
        "stablehlo.return"(%v148) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x16x16xf32>) -> tensor<1x64x16xf32>
    %v150 = "stablehlo.reshape"(%v118) : (tensor<1x2x16x16xf32>) -> tensor<1x1x2x16x16xf32>
    %v151 = "stablehlo.reshape"(%v150) : (tensor<1x1x2x16x16xf32>) -> tensor<1x32x16xf32>
    %v152 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v153 = "stablehlo.reshape"(%v151) : (tensor<1x32x16xf32>) -> tensor<1x2x16x16xf32>
    %v154 = "stablehlo.custom_call"(%v153, %v146, %v149, %v100, %v101, %v152) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<1x2x16x16xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<1x2x16x16xf32>) -> tensor<1x32x16xf32>
    %v156 = "stablehlo.reshape"(%v155) : (tensor<1x32x16xf32>) -> tensor<1x1x2x16x16xf32>
    %v157 = "stablehlo.transpose"(%v156) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x1x2x16x16xf32>) -> tensor<1x16x1x2x16xf32>
    %v158 = "stablehlo.reshape"(%v157) : (tensor<1x16x1x2x16xf32>) -> tensor<1x16x32xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<1x16x32xf32>) -> tensor<16x32xf32>
    %v160 = "stablehlo.custom_call"(%v159, %v93) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x32xf32>, tensor<64x32xf32>) -> tensor<16x64xf32>
    %v161 = "stablehlo.reshape"(%v160) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v162 = "stablehlo.reshape"(%v161) : (tensor<1x16x64xf32>) -> tensor<1x1x16x64xf32>
    "func.return"(%v162, %v146, %v149) : (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> ()
  }
  func.func private @manual_1(%v202: tensor<1x16x64xf32>, %v203: tensor<160x64xf32>, %v204: tensor<64x80xf32>) -> (tensor<1x1x16x64xf32>) {
    %v205 = "stablehlo.reshape"(%v202) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v206 = "stablehlo.custom_call"(%v205, %v203) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<160x64xf32>) -> tensor<16x160xf32>
    %v207 = "stablehlo.reshape"(%v206) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v208 = "stablehlo.slice"(%v207) {limit_indices = array<i64: 1, 16, 80>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x160xf32>) -> tensor<1x16x80xf32>
    %v209 = "stablehlo.slice"(%v207) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 80>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x160xf32>) -> tensor<1x16x80xf32>
    %v210 = "stablehlo.logistic"(%v208) : (tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v211 = "stablehlo.multiply"(%v208, %v210) : (tensor<1x16x80xf32>, tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v212 = "stablehlo.multiply"(%v211, %v209) : (tensor<1x16x80xf32>, tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v213 = "stablehlo.reshape"(%v212) : (tensor<1x16x80xf32>) -> tensor<16x80xf32>
    %v214 = "stablehlo.custom_call"(%v213, %v204) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x80xf32>, tensor<64x80xf32>) -> tensor<16x64xf32>
    %v215 = "stablehlo.reshape"(%v214) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v216 = "stablehlo.reshape"(%v215) : (tensor<1x16x64xf32>) -> tensor<1x1x16x64xf32>
    "func.return"(%v216) : (tensor<1x1x16x64xf32>) -> ()
  }
  func.func private @manual_2(%v266: tensor<1x16x64xf32>, %v267: tensor<64x64xf32>, %v268: tensor<64x32xf32>, %v269: tensor<1x64x16xf32>, %v270: tensor<1x64x16xf32>, %v271: tensor<1x16x16xf32>, %v272: tensor<1x16x16xf32>, %v273: tensor<1x1x1x16x64xi1>, %v274: tensor<1x16xi32>, %v275: tensor<1xi32>, %v276: tensor<1xi32>) -> (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) {
    %v277 = "stablehlo.reshape"(%v266) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v278 = "stablehlo.custom_call"(%v277, %v267) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v279 = "stablehlo.reshape"(%v278) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v280 = "stablehlo.slice"(%v279) {limit_indices = array<i64: 1, 16, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x32xf32>
    %v281 = "stablehlo.reshape"(%v280) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v282 = "stablehlo.transpose"(%v281) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v283 = "stablehlo.slice"(%v282) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v284 = "stablehlo.slice"(%v282) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v285 = "stablehlo.negate"(%v284) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v286 = "stablehlo.concatenate"(%v285, %v283) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v287 = "stablehlo.reshape"(%v271) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v288 = "stablehlo.reshape"(%v272) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v289 = "stablehlo.broadcast_in_dim"(%v287) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v290 = "stablehlo.multiply"(%v282, %v289) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v291 = "stablehlo.broadcast_in_dim"(%v288) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v292 = "stablehlo.multiply"(%v286, %v291) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v293 = "stablehlo.add"(%v290, %v292) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v294 = "stablehlo.slice"(%v279) {limit_indices = array<i64: 1, 16, 48>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x16xf32>
    %v295 = "stablehlo.reshape"(%v294) : (tensor<1x16x16xf32>) -> tensor<1x16x1x16xf32>
    %v296 = "stablehlo.transpose"(%v295) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x1x16xf32>) -> tensor<1x1x16x16xf32>
    %v297 = "stablehlo.slice"(%v296) {limit_indices = array<i64: 1, 1, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x8xf32>
    %v298 = "stablehlo.slice"(%v296) {limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x8xf32>
    %v299 = "stablehlo.negate"(%v298) : (tensor<1x1x16x8xf32>) -> tensor<1x1x16x8xf32>
    %v300 = "stablehlo.concatenate"(%v299, %v297) {dimension = 3 : i64} : (tensor<1x1x16x8xf32>, tensor<1x1x16x8xf32>) -> tensor<1x1x16x16xf32>
    %v301 = "stablehlo.reshape"(%v271) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v302 = "stablehlo.reshape"(%v272) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v303 = "stablehlo.multiply"(%v296, %v301) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v304 = "stablehlo.multiply"(%v300, %v302) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v305 = "stablehlo.add"(%v303, %v304) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v306 = "stablehlo.slice"(%v279) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 48>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x16xf32>
    %v307 = "stablehlo.reshape"(%v306) : (tensor<1x16x16xf32>) -> tensor<1x16x1x16xf32>
    %v308 = "stablehlo.transpose"(%v307) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x1x16xf32>) -> tensor<1x1x16x16xf32>
    %v309 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %v310 = "stablehlo.broadcast_in_dim"(%v309) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v311 = "stablehlo.multiply"(%v276, %v310) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v312 = "stablehlo.reshape"(%v311) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v313 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v314 = "stablehlo.add"(%v312, %v313) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v315 = "stablehlo.reshape"(%v275) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v316 = "stablehlo.concatenate"(%v314, %v315) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v317 = "stablehlo.reshape"(%v305) : (tensor<1x1x16x16xf32>) -> tensor<1x16x16xf32>
    %v318 = "stablehlo.reshape"(%v308) : (tensor<1x1x16x16xf32>) -> tensor<1x16x16xf32>
    %v321 = "stablehlo.scatter"(%v269, %v316, %v317) ({
      ^bb0(%v319: tensor<f32>, %v320: tensor<f32>):
        "stablehlo.return"(%v320) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x16x16xf32>) -> tensor<1x64x16xf32>
    %v324 = "stablehlo.scatter"(%v270, %v316, %v318) ({
      ^bb0(%v322: tensor<f32>, %v323: tensor<f32>):
        "stablehlo.return"(%v323) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x16x16xf32>) -> tensor<1x64x16xf32>
    %v325 = "stablehlo.reshape"(%v293) : (tensor<1x2x16x16xf32>) -> tensor<1x1x2x16x16xf32>
    %v326 = "stablehlo.reshape"(%v325) : (tensor<1x1x2x16x16xf32>) -> tensor<1x32x16xf32>
    %v327 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v328 = "stablehlo.reshape"(%v326) : (tensor<1x32x16xf32>) -> tensor<1x2x16x16xf32>
    %v329 = "stablehlo.custom_call"(%v328, %v321, %v324, %v275, %v276, %v327) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<1x2x16x16xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %v330 = "stablehlo.reshape"(%v329) : (tensor<1x2x16x16xf32>) -> tensor<1x32x16xf32>
    %v331 = "stablehlo.reshape"(%v330) : (tensor<1x32x16xf32>) -> tensor<1x1x2x16x16xf32>
    %v332 = "stablehlo.transpose"(%v331) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x1x2x16x16xf32>) -> tensor<1x16x1x2x16xf32>
    %v333 = "stablehlo.reshape"(%v332) : (tensor<1x16x1x2x16xf32>) -> tensor<1x16x32xf32>
    %v334 = "stablehlo.reshape"(%v333) : (tensor<1x16x32xf32>) -> tensor<16x32xf32>
    %v335 = "stablehlo.custom_call"(%v334, %v268) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x32xf32>, tensor<64x32xf32>) -> tensor<16x64xf32>
    %v336 = "stablehlo.reshape"(%v335) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v337 = "stablehlo.reshape"(%v336) : (tensor<1x16x64xf32>) -> tensor<1x1x16x64xf32>
    "func.return"(%v337, %v321, %v324) : (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> ()
  }
  func.func private @manual_3(%v377: tensor<1x16x64xf32>, %v378: tensor<160x64xf32>, %v379: tensor<64x80xf32>) -> (tensor<1x1x16x64xf32>) {
    %v380 = "stablehlo.reshape"(%v377) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v381 = "stablehlo.custom_call"(%v380, %v378) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<160x64xf32>) -> tensor<16x160xf32>
    %v382 = "stablehlo.reshape"(%v381) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v383 = "stablehlo.slice"(%v382) {limit_indices = array<i64: 1, 16, 80>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x160xf32>) -> tensor<1x16x80xf32>
    %v384 = "stablehlo.slice"(%v382) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 80>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x160xf32>) -> tensor<1x16x80xf32>
    %v385 = "stablehlo.logistic"(%v383) : (tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v386 = "stablehlo.multiply"(%v383, %v385) : (tensor<1x16x80xf32>, tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v387 = "stablehlo.multiply"(%v386, %v384) : (tensor<1x16x80xf32>, tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v388 = "stablehlo.reshape"(%v387) : (tensor<1x16x80xf32>) -> tensor<16x80xf32>
    %v389 = "stablehlo.custom_call"(%v388, %v379) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x80xf32>, tensor<64x80xf32>) -> tensor<16x64xf32>
    %v390 = "stablehlo.reshape"(%v389) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v391 = "stablehlo.reshape"(%v390) : (tensor<1x16x64xf32>) -> tensor<1x1x16x64xf32>
    "func.return"(%v391) : (tensor<1x1x16x64xf32>) -> ()
  }
}
