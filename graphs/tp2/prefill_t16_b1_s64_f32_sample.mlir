module @prefill_t16_b1_s64_f32_sample attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
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
      %v23: tensor<2x64x16xf32> {tf.aliasing_output = 4 : i32, mhlo.sharding = "{devices=[2,1,1]0,1}", xlagen.name = "v_cache.1"},
      %v24: tensor<1xf32> {mhlo.sharding = "{replicated}", xlagen.name = "temperature"},
      %v25: tensor<1xi32> {mhlo.sharding = "{replicated}", xlagen.name = "top_k"},
      %v26: tensor<1xf32> {mhlo.sharding = "{replicated}", xlagen.name = "top_p"},
      %v27: tensor<1x3xui32> {mhlo.sharding = "{replicated}", xlagen.name = "rng_key"}
  ) -> (tensor<1x1xi32> {mhlo.sharding = "{replicated}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}, tensor<2x64x16xf32> {mhlo.sharding = "{devices=[2,1,1]0,1}"}) {
    %v18 = "stablehlo.reshape"(%v17) : (tensor<i32>) -> tensor<1xi32>
    %v28 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16xi32>
    %v29 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v30 = "stablehlo.broadcast_in_dim"(%v29) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xi32>) -> tensor<1x16xi32>
    %v31 = "stablehlo.add"(%v28, %v30) : (tensor<1x16xi32>, tensor<1x16xi32>) -> tensor<1x16xi32>
    %v32 = "stablehlo.convert"(%v31) : (tensor<1x16xi32>) -> tensor<1x16xf32>
    %v33 = "stablehlo.constant"() {value = dense<"0x0000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"> : tensor<8xf32>} : () -> tensor<8xf32>
    %v34 = "stablehlo.reshape"(%v32) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v35 = "stablehlo.reshape"(%v33) : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %v36 = "stablehlo.broadcast_in_dim"(%v34) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x8xf32>
    %v37 = "stablehlo.broadcast_in_dim"(%v35) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x8xf32>) -> tensor<1x16x8xf32>
    %v38 = "stablehlo.multiply"(%v36, %v37) : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
    %v39 = "stablehlo.concatenate"(%v38, %v38) {dimension = 2 : i64} : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %v40 = "stablehlo.cosine"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v41 = "stablehlo.sine"(%v39) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v42 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x16x64xi32>
    %v43 = "stablehlo.reshape"(%v16) : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %v44 = "stablehlo.broadcast_in_dim"(%v43) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x1xi32>) -> tensor<1x16x64xi32>
    %v45 = "stablehlo.add"(%v42, %v44) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v46 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<1x16x64xi32>
    %v47 = "stablehlo.compare"(%v46, %v45) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v48 = "stablehlo.subtract"(%v45, %v46) : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi32>
    %v49 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v50 = "stablehlo.broadcast_in_dim"(%v49) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x16x64xi32>
    %v51 = "stablehlo.compare"(%v48, %v50) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x16x64xi32>, tensor<1x16x64xi32>) -> tensor<1x16x64xi1>
    %v52 = "stablehlo.and"(%v47, %v51) : (tensor<1x16x64xi1>, tensor<1x16x64xi1>) -> tensor<1x16x64xi1>
    %v53 = "stablehlo.reshape"(%v52) : (tensor<1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v54 = "stablehlo.gather"(%v0, %v15) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<96x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %v55 = "stablehlo.multiply"(%v54, %v54) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v56 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v60 = "stablehlo.reduce"(%v55, %v56) ({
      ^bb0(%v57: tensor<f32>, %v58: tensor<f32>):
        %v59 = "stablehlo.add"(%v57, %v58) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v59) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v61 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v62 = "stablehlo.broadcast_in_dim"(%v61) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v63 = "stablehlo.divide"(%v60, %v62) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v64 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v65 = "stablehlo.broadcast_in_dim"(%v64) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v66 = "stablehlo.add"(%v63, %v65) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v67 = "stablehlo.rsqrt"(%v66) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v68 = "stablehlo.reshape"(%v67) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v69 = "stablehlo.broadcast_in_dim"(%v68) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v70 = "stablehlo.multiply"(%v54, %v69) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v71 = "stablehlo.broadcast_in_dim"(%v1) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v72 = "stablehlo.multiply"(%v70, %v71) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v73 = "stablehlo.custom_call"(%v72) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v74 = "stablehlo.custom_call"(%v73) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v75 = "stablehlo.custom_call"(%v2) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %v76 = "stablehlo.custom_call"(%v75) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<128x64xf32>) -> tensor<64x64xf32>
    %v77 = "stablehlo.custom_call"(%v3) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %v78 = "stablehlo.custom_call"(%v77) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x32xf32>
    %v79 = "stablehlo.custom_call"(%v20) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %v80 = "stablehlo.custom_call"(%v79) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
    %v81 = "stablehlo.custom_call"(%v22) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %v82 = "stablehlo.custom_call"(%v81) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
    %v83 = "stablehlo.custom_call"(%v40) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v84 = "stablehlo.custom_call"(%v83) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v85 = "stablehlo.custom_call"(%v41) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v86 = "stablehlo.custom_call"(%v85) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v87 = "stablehlo.custom_call"(%v53) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v88 = "stablehlo.custom_call"(%v87) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v89 = "stablehlo.custom_call"(%v15) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %v90 = "stablehlo.custom_call"(%v89) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %v91 = "stablehlo.custom_call"(%v16) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v92 = "stablehlo.custom_call"(%v91) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v93 = "stablehlo.custom_call"(%v18) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v94 = "stablehlo.custom_call"(%v93) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v167, %v168, %v169 = "func.call"(%v74, %v76, %v78, %v80, %v82, %v84, %v86, %v88, %v90, %v92, %v94) {callee = @manual_0} : (tensor<1x16x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1x1x1x16x64xi1>, tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>)
    %v170 = "stablehlo.custom_call"(%v167) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x16x64xf32>) -> tensor<1x1x16x64xf32>
    %v171 = "stablehlo.custom_call"(%v170) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x16x64xf32>) -> tensor<2x1x16x64xf32>
    %v172 = "stablehlo.custom_call"(%v168) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %v173 = "stablehlo.custom_call"(%v172) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
    %v174 = "stablehlo.custom_call"(%v169) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %v175 = "stablehlo.custom_call"(%v174) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
    %v176 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v180 = "stablehlo.reduce"(%v171, %v176) ({
      ^bb0(%v177: tensor<f32>, %v178: tensor<f32>):
        %v179 = "stablehlo.add"(%v177, %v178) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v179) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x16x64xf32>, tensor<f32>) -> tensor<1x16x64xf32>
    %v181 = "stablehlo.add"(%v54, %v180) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v182 = "stablehlo.multiply"(%v181, %v181) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v183 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v187 = "stablehlo.reduce"(%v182, %v183) ({
      ^bb0(%v184: tensor<f32>, %v185: tensor<f32>):
        %v186 = "stablehlo.add"(%v184, %v185) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v186) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v188 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v189 = "stablehlo.broadcast_in_dim"(%v188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v190 = "stablehlo.divide"(%v187, %v189) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v191 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v192 = "stablehlo.broadcast_in_dim"(%v191) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v193 = "stablehlo.add"(%v190, %v192) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v194 = "stablehlo.rsqrt"(%v193) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v195 = "stablehlo.reshape"(%v194) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v196 = "stablehlo.broadcast_in_dim"(%v195) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v197 = "stablehlo.multiply"(%v181, %v196) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v198 = "stablehlo.broadcast_in_dim"(%v4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v199 = "stablehlo.multiply"(%v197, %v198) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v200 = "stablehlo.custom_call"(%v199) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v201 = "stablehlo.custom_call"(%v200) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v202 = "stablehlo.custom_call"(%v5) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<320x64xf32>) -> tensor<320x64xf32>
    %v203 = "stablehlo.custom_call"(%v202) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<320x64xf32>) -> tensor<160x64xf32>
    %v204 = "stablehlo.custom_call"(%v6) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x160xf32>) -> tensor<64x160xf32>
    %v205 = "stablehlo.custom_call"(%v204) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x160xf32>) -> tensor<64x80xf32>
    %v221 = "func.call"(%v201, %v203, %v205) {callee = @manual_1} : (tensor<1x16x64xf32>, tensor<160x64xf32>, tensor<64x80xf32>) -> tensor<1x1x16x64xf32>
    %v222 = "stablehlo.custom_call"(%v221) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x16x64xf32>) -> tensor<1x1x16x64xf32>
    %v223 = "stablehlo.custom_call"(%v222) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x16x64xf32>) -> tensor<2x1x16x64xf32>
    %v224 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v228 = "stablehlo.reduce"(%v223, %v224) ({
      ^bb0(%v225: tensor<f32>, %v226: tensor<f32>):
        %v227 = "stablehlo.add"(%v225, %v226) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v227) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x16x64xf32>, tensor<f32>) -> tensor<1x16x64xf32>
    %v229 = "stablehlo.add"(%v181, %v228) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v230 = "stablehlo.multiply"(%v229, %v229) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v231 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v235 = "stablehlo.reduce"(%v230, %v231) ({
      ^bb0(%v232: tensor<f32>, %v233: tensor<f32>):
        %v234 = "stablehlo.add"(%v232, %v233) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v234) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v236 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v237 = "stablehlo.broadcast_in_dim"(%v236) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v238 = "stablehlo.divide"(%v235, %v237) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v239 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v240 = "stablehlo.broadcast_in_dim"(%v239) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v241 = "stablehlo.add"(%v238, %v240) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v242 = "stablehlo.rsqrt"(%v241) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v243 = "stablehlo.reshape"(%v242) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v244 = "stablehlo.broadcast_in_dim"(%v243) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v245 = "stablehlo.multiply"(%v229, %v244) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v246 = "stablehlo.broadcast_in_dim"(%v7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v247 = "stablehlo.multiply"(%v245, %v246) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v248 = "stablehlo.custom_call"(%v247) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v249 = "stablehlo.custom_call"(%v248) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v250 = "stablehlo.custom_call"(%v8) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %v251 = "stablehlo.custom_call"(%v250) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<128x64xf32>) -> tensor<64x64xf32>
    %v252 = "stablehlo.custom_call"(%v9) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %v253 = "stablehlo.custom_call"(%v252) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x64xf32>) -> tensor<64x32xf32>
    %v254 = "stablehlo.custom_call"(%v21) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %v255 = "stablehlo.custom_call"(%v254) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
    %v256 = "stablehlo.custom_call"(%v23) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %v257 = "stablehlo.custom_call"(%v256) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<2x64x16xf32>) -> tensor<1x64x16xf32>
    %v258 = "stablehlo.custom_call"(%v40) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v259 = "stablehlo.custom_call"(%v258) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v260 = "stablehlo.custom_call"(%v41) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v261 = "stablehlo.custom_call"(%v260) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x16xf32>) -> tensor<1x16x16xf32>
    %v262 = "stablehlo.custom_call"(%v53) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x1x1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v263 = "stablehlo.custom_call"(%v262) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x1x1x16x64xi1>) -> tensor<1x1x1x16x64xi1>
    %v264 = "stablehlo.custom_call"(%v15) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %v265 = "stablehlo.custom_call"(%v264) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16xi32>) -> tensor<1x16xi32>
    %v266 = "stablehlo.custom_call"(%v16) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v267 = "stablehlo.custom_call"(%v266) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v268 = "stablehlo.custom_call"(%v18) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v269 = "stablehlo.custom_call"(%v268) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<1xi32>
    %v342, %v343, %v344 = "func.call"(%v249, %v251, %v253, %v255, %v257, %v259, %v261, %v263, %v265, %v267, %v269) {callee = @manual_2} : (tensor<1x16x64xf32>, tensor<64x64xf32>, tensor<64x32xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1x16x16xf32>, tensor<1x16x16xf32>, tensor<1x1x1x16x64xi1>, tensor<1x16xi32>, tensor<1xi32>, tensor<1xi32>) -> (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>)
    %v345 = "stablehlo.custom_call"(%v342) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x16x64xf32>) -> tensor<1x1x16x64xf32>
    %v346 = "stablehlo.custom_call"(%v345) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x16x64xf32>) -> tensor<2x1x16x64xf32>
    %v347 = "stablehlo.custom_call"(%v343) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %v348 = "stablehlo.custom_call"(%v347) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
    %v349 = "stablehlo.custom_call"(%v344) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x64x16xf32>) -> tensor<1x64x16xf32>
    %v350 = "stablehlo.custom_call"(%v349) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1]0,1}"} : (tensor<1x64x16xf32>) -> tensor<2x64x16xf32>
    %v351 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v355 = "stablehlo.reduce"(%v346, %v351) ({
      ^bb0(%v352: tensor<f32>, %v353: tensor<f32>):
        %v354 = "stablehlo.add"(%v352, %v353) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v354) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x16x64xf32>, tensor<f32>) -> tensor<1x16x64xf32>
    %v356 = "stablehlo.add"(%v229, %v355) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v357 = "stablehlo.multiply"(%v356, %v356) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v358 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v362 = "stablehlo.reduce"(%v357, %v358) ({
      ^bb0(%v359: tensor<f32>, %v360: tensor<f32>):
        %v361 = "stablehlo.add"(%v359, %v360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v361) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v363 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v364 = "stablehlo.broadcast_in_dim"(%v363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v365 = "stablehlo.divide"(%v362, %v364) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v366 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v367 = "stablehlo.broadcast_in_dim"(%v366) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v368 = "stablehlo.add"(%v365, %v367) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v369 = "stablehlo.rsqrt"(%v368) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v370 = "stablehlo.reshape"(%v369) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v371 = "stablehlo.broadcast_in_dim"(%v370) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v372 = "stablehlo.multiply"(%v356, %v371) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v373 = "stablehlo.broadcast_in_dim"(%v10) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v374 = "stablehlo.multiply"(%v372, %v373) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v375 = "stablehlo.custom_call"(%v374) {call_target_name = "Sharding", mhlo.sharding = "{replicated}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v376 = "stablehlo.custom_call"(%v375) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v377 = "stablehlo.custom_call"(%v11) {call_target_name = "Sharding", mhlo.sharding = "{devices=[2,1]0,1}"} : (tensor<320x64xf32>) -> tensor<320x64xf32>
    %v378 = "stablehlo.custom_call"(%v377) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<320x64xf32>) -> tensor<160x64xf32>
    %v379 = "stablehlo.custom_call"(%v12) {call_target_name = "Sharding", mhlo.sharding = "{devices=[1,2]0,1}"} : (tensor<64x160xf32>) -> tensor<64x160xf32>
    %v380 = "stablehlo.custom_call"(%v379) {call_target_name = "SPMDFullToShardShape", mhlo.sharding = "{manual}"} : (tensor<64x160xf32>) -> tensor<64x80xf32>
    %v396 = "func.call"(%v376, %v378, %v380) {callee = @manual_3} : (tensor<1x16x64xf32>, tensor<160x64xf32>, tensor<64x80xf32>) -> tensor<1x1x16x64xf32>
    %v397 = "stablehlo.custom_call"(%v396) {call_target_name = "Sharding", mhlo.sharding = "{manual}"} : (tensor<1x1x16x64xf32>) -> tensor<1x1x16x64xf32>
    %v398 = "stablehlo.custom_call"(%v397) {call_target_name = "SPMDShardToFullShape", mhlo.sharding = "{devices=[2,1,1,1]0,1}"} : (tensor<1x1x16x64xf32>) -> tensor<2x1x16x64xf32>
    %v399 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v403 = "stablehlo.reduce"(%v398, %v399) ({
      ^bb0(%v400: tensor<f32>, %v401: tensor<f32>):
        %v402 = "stablehlo.add"(%v400, %v401) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v402) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x16x64xf32>, tensor<f32>) -> tensor<1x16x64xf32>
    %v404 = "stablehlo.add"(%v356, %v403) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v405 = "stablehlo.multiply"(%v404, %v404) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v406 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v410 = "stablehlo.reduce"(%v405, %v406) ({
      ^bb0(%v407: tensor<f32>, %v408: tensor<f32>):
        %v409 = "stablehlo.add"(%v407, %v408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v409) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<1x16x64xf32>, tensor<f32>) -> tensor<1x16xf32>
    %v411 = "stablehlo.constant"() {value = dense<0x42800000> : tensor<f32>} : () -> tensor<f32>
    %v412 = "stablehlo.broadcast_in_dim"(%v411) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v413 = "stablehlo.divide"(%v410, %v412) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v414 = "stablehlo.constant"() {value = dense<0x3727C5AC> : tensor<f32>} : () -> tensor<f32>
    %v415 = "stablehlo.broadcast_in_dim"(%v414) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x16xf32>
    %v416 = "stablehlo.add"(%v413, %v415) : (tensor<1x16xf32>, tensor<1x16xf32>) -> tensor<1x16xf32>
    %v417 = "stablehlo.rsqrt"(%v416) : (tensor<1x16xf32>) -> tensor<1x16xf32>
    %v418 = "stablehlo.reshape"(%v417) : (tensor<1x16xf32>) -> tensor<1x16x1xf32>
    %v419 = "stablehlo.broadcast_in_dim"(%v418) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<1x16x1xf32>) -> tensor<1x16x64xf32>
    %v420 = "stablehlo.multiply"(%v404, %v419) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v421 = "stablehlo.broadcast_in_dim"(%v13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<1x16x64xf32>
    %v422 = "stablehlo.multiply"(%v420, %v421) : (tensor<1x16x64xf32>, tensor<1x16x64xf32>) -> tensor<1x16x64xf32>
    %v423 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v424 = "stablehlo.dynamic_slice"(%v422, %v423, %v19, %v423) {slice_sizes = array<i64: 1, 1, 64>} : (tensor<1x16x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1x64xf32>
    %v425 = "stablehlo.reshape"(%v424) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %v426 = "stablehlo.custom_call"(%v425, %v14) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<1x64xf32>, tensor<96x64xf32>) -> tensor<1x96xf32>
    %v427 = "stablehlo.reshape"(%v426) : (tensor<1x96xf32>) -> tensor<1x1x96xf32>
    %v428 = "stablehlo.reshape"(%v427) : (tensor<1x1x96xf32>) -> tensor<1x96xf32>
    %v429 = "stablehlo.reshape"(%v24) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v430 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v431 = "stablehlo.broadcast_in_dim"(%v430) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v432 = "stablehlo.compare"(%v429, %v431) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v433 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v434 = "stablehlo.broadcast_in_dim"(%v433) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v435 = "stablehlo.select"(%v432, %v434, %v429) : (tensor<1x1xi1>, tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %v436 = "stablehlo.broadcast_in_dim"(%v435) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v437 = "stablehlo.divide"(%v428, %v436) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v438 = "stablehlo.bitcast_convert"(%v437) : (tensor<1x96xf32>) -> tensor<1x96xui32>
    %v439 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v440 = "stablehlo.broadcast_in_dim"(%v439) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v441 = "stablehlo.compare"(%v438, %v440) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v442 = "stablehlo.constant"() {value = dense<4294967295> : tensor<ui32>} : () -> tensor<ui32>
    %v443 = "stablehlo.broadcast_in_dim"(%v442) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v444 = "stablehlo.xor"(%v438, %v443) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v445 = "stablehlo.constant"() {value = dense<2147483648> : tensor<ui32>} : () -> tensor<ui32>
    %v446 = "stablehlo.broadcast_in_dim"(%v445) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v447 = "stablehlo.or"(%v438, %v446) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v448 = "stablehlo.select"(%v441, %v444, %v447) : (tensor<1x96xi1>, tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v449 = "stablehlo.reshape"(%v25) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v450 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v451 = "stablehlo.broadcast_in_dim"(%v450) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x1xi32>
    %v452 = "stablehlo.compare"(%v449, %v451) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
    %v453 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v454 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v455 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v494, %v495, %v496, %v497, %v498 = "stablehlo.while"(%v453, %v454, %v455, %v448, %v449) ({
      ^bb0(%v456: tensor<i32>, %v457: tensor<1x1xui32>, %v458: tensor<1x1xui32>, %v492: tensor<1x96xui32>, %v493: tensor<1x1xi32>):
        %v459 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v460 = "stablehlo.compare"(%v456, %v459) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v460) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v462: tensor<i32>, %v463: tensor<1x1xui32>, %v464: tensor<1x1xui32>, %v471: tensor<1x96xui32>, %v480: tensor<1x1xi32>):
        %v465 = "stablehlo.subtract"(%v464, %v463) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v466 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v467 = "stablehlo.broadcast_in_dim"(%v466) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v468 = "stablehlo.shift_right_logical"(%v465, %v467) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v469 = "stablehlo.add"(%v463, %v468) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v470 = "stablehlo.broadcast_in_dim"(%v469) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v472 = "stablehlo.compare"(%v471, %v470) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v473 = "stablehlo.convert"(%v472) : (tensor<1x96xi1>) -> tensor<1x96xi32>
        %v474 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %v478 = "stablehlo.reduce"(%v473, %v474) ({
          ^bb0(%v475: tensor<i32>, %v476: tensor<i32>):
            %v477 = "stablehlo.add"(%v475, %v476) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%v477) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
        %v479 = "stablehlo.reshape"(%v478) : (tensor<1xi32>) -> tensor<1x1xi32>
        %v481 = "stablehlo.compare"(%v479, %v480) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi1>
        %v482 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v483 = "stablehlo.add"(%v462, %v482) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v484 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v485 = "stablehlo.broadcast_in_dim"(%v484) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v486 = "stablehlo.add"(%v469, %v485) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v487 = "stablehlo.select"(%v481, %v463, %v486) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v488 = "stablehlo.select"(%v481, %v469, %v464) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v483, %v487, %v488, %v471, %v480) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<1x1xi32>)
    %v499 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v500 = "stablehlo.broadcast_in_dim"(%v499) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v501 = "stablehlo.select"(%v452, %v500, %v496) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v502 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v506 = "stablehlo.reduce"(%v437, %v502) ({
      ^bb0(%v503: tensor<f32>, %v504: tensor<f32>):
        %v505 = "stablehlo.maximum"(%v503, %v504) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v505) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v507 = "stablehlo.reshape"(%v506) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v508 = "stablehlo.broadcast_in_dim"(%v507) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v509 = "stablehlo.subtract"(%v437, %v508) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v510 = "stablehlo.exponential"(%v509) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v511 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v515 = "stablehlo.reduce"(%v510, %v511) ({
      ^bb0(%v512: tensor<f32>, %v513: tensor<f32>):
        %v514 = "stablehlo.add"(%v512, %v513) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v514) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v516 = "stablehlo.reshape"(%v515) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v517 = "stablehlo.broadcast_in_dim"(%v516) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v518 = "stablehlo.divide"(%v510, %v517) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v519 = "stablehlo.reshape"(%v26) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v520 = "stablehlo.constant"() {value = dense<0x3F800000> : tensor<f32>} : () -> tensor<f32>
    %v521 = "stablehlo.broadcast_in_dim"(%v520) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1xf32>
    %v522 = "stablehlo.compare"(%v519, %v521) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
    %v523 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
    %v524 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v525 = "stablehlo.constant"() {value = dense<0> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v526 = "stablehlo.constant"() {value = dense<4294967295> : tensor<1x1xui32>} : () -> tensor<1x1xui32>
    %v570, %v571, %v572, %v573, %v574, %v575, %v576 = "stablehlo.while"(%v524, %v525, %v526, %v448, %v523, %v518, %v519) ({
      ^bb0(%v527: tensor<i32>, %v528: tensor<1x1xui32>, %v529: tensor<1x1xui32>, %v566: tensor<1x96xui32>, %v567: tensor<f32>, %v568: tensor<1x96xf32>, %v569: tensor<1x1xf32>):
        %v530 = "stablehlo.constant"() {value = dense<32> : tensor<i32>} : () -> tensor<i32>
        %v531 = "stablehlo.compare"(%v527, %v530) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%v531) : (tensor<i1>) -> ()
    }, {
      ^bb0(%v533: tensor<i32>, %v534: tensor<1x1xui32>, %v535: tensor<1x1xui32>, %v542: tensor<1x96xui32>, %v544: tensor<f32>, %v546: tensor<1x96xf32>, %v554: tensor<1x1xf32>):
        %v536 = "stablehlo.subtract"(%v535, %v534) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v537 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v538 = "stablehlo.broadcast_in_dim"(%v537) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v539 = "stablehlo.shift_right_logical"(%v536, %v538) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v540 = "stablehlo.add"(%v534, %v539) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v541 = "stablehlo.broadcast_in_dim"(%v540) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
        %v543 = "stablehlo.compare"(%v542, %v541) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
        %v545 = "stablehlo.broadcast_in_dim"(%v544) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
        %v547 = "stablehlo.select"(%v543, %v546, %v545) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
        %v548 = "stablehlo.constant"() {value = dense<0x00000000> : tensor<f32>} : () -> tensor<f32>
        %v552 = "stablehlo.reduce"(%v547, %v548) ({
          ^bb0(%v549: tensor<f32>, %v550: tensor<f32>):
            %v551 = "stablehlo.add"(%v549, %v550) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%v551) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
        %v553 = "stablehlo.reshape"(%v552) : (tensor<1xf32>) -> tensor<1x1xf32>
        %v555 = "stablehlo.compare"(%v553, %v554) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xi1>
        %v556 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %v557 = "stablehlo.add"(%v533, %v556) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %v558 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %v559 = "stablehlo.broadcast_in_dim"(%v558) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
        %v560 = "stablehlo.add"(%v540, %v559) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v561 = "stablehlo.select"(%v555, %v534, %v560) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        %v562 = "stablehlo.select"(%v555, %v540, %v535) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
        "stablehlo.return"(%v557, %v561, %v562, %v542, %v544, %v546, %v554) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> ()
    }) : (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>) -> (tensor<i32>, tensor<1x1xui32>, tensor<1x1xui32>, tensor<1x96xui32>, tensor<f32>, tensor<1x96xf32>, tensor<1x1xf32>)
    %v577 = "stablehlo.constant"() {value = dense<0> : tensor<ui32>} : () -> tensor<ui32>
    %v578 = "stablehlo.broadcast_in_dim"(%v577) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v579 = "stablehlo.select"(%v522, %v578, %v572) : (tensor<1x1xi1>, tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v580 = "stablehlo.maximum"(%v501, %v579) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v581 = "stablehlo.broadcast_in_dim"(%v580) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v582 = "stablehlo.compare"(%v448, %v581) {compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xi1>
    %v583 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v584 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v585 = "stablehlo.constant"() {value = dense<2654435769> : tensor<ui32>} : () -> tensor<ui32>
    %v586 = "stablehlo.broadcast_in_dim"(%v585) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v587 = "stablehlo.xor"(%v583, %v586) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v588 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v589 = "stablehlo.broadcast_in_dim"(%v588) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v590 = "stablehlo.shift_right_logical"(%v587, %v589) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v591 = "stablehlo.xor"(%v587, %v590) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v592 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v593 = "stablehlo.broadcast_in_dim"(%v592) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v594 = "stablehlo.multiply"(%v591, %v593) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v595 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v596 = "stablehlo.broadcast_in_dim"(%v595) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v597 = "stablehlo.shift_right_logical"(%v594, %v596) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v598 = "stablehlo.xor"(%v594, %v597) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v599 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v600 = "stablehlo.broadcast_in_dim"(%v599) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v601 = "stablehlo.multiply"(%v598, %v600) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v602 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v603 = "stablehlo.broadcast_in_dim"(%v602) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v604 = "stablehlo.shift_right_logical"(%v601, %v603) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v605 = "stablehlo.xor"(%v601, %v604) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v606 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v607 = "stablehlo.xor"(%v605, %v606) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v608 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v609 = "stablehlo.broadcast_in_dim"(%v608) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v610 = "stablehlo.shift_right_logical"(%v607, %v609) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v611 = "stablehlo.xor"(%v607, %v610) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v612 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v613 = "stablehlo.broadcast_in_dim"(%v612) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v614 = "stablehlo.multiply"(%v611, %v613) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v615 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v616 = "stablehlo.broadcast_in_dim"(%v615) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v617 = "stablehlo.shift_right_logical"(%v614, %v616) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v618 = "stablehlo.xor"(%v614, %v617) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v619 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v620 = "stablehlo.broadcast_in_dim"(%v619) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v621 = "stablehlo.multiply"(%v618, %v620) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v622 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v623 = "stablehlo.broadcast_in_dim"(%v622) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v624 = "stablehlo.shift_right_logical"(%v621, %v623) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v625 = "stablehlo.xor"(%v621, %v624) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v626 = "stablehlo.slice"(%v27) {limit_indices = array<i64: 1, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<1x3xui32>) -> tensor<1x1xui32>
    %v627 = "stablehlo.xor"(%v625, %v626) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v628 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v629 = "stablehlo.broadcast_in_dim"(%v628) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v630 = "stablehlo.shift_right_logical"(%v627, %v629) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v631 = "stablehlo.xor"(%v627, %v630) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v632 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v633 = "stablehlo.broadcast_in_dim"(%v632) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v634 = "stablehlo.multiply"(%v631, %v633) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v635 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v636 = "stablehlo.broadcast_in_dim"(%v635) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v637 = "stablehlo.shift_right_logical"(%v634, %v636) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v638 = "stablehlo.xor"(%v634, %v637) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v639 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v640 = "stablehlo.broadcast_in_dim"(%v639) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v641 = "stablehlo.multiply"(%v638, %v640) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v642 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v643 = "stablehlo.broadcast_in_dim"(%v642) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x1xui32>
    %v644 = "stablehlo.shift_right_logical"(%v641, %v643) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v645 = "stablehlo.xor"(%v641, %v644) : (tensor<1x1xui32>, tensor<1x1xui32>) -> tensor<1x1xui32>
    %v646 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xui32>
    %v647 = "stablehlo.broadcast_in_dim"(%v645) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xui32>) -> tensor<1x96xui32>
    %v648 = "stablehlo.xor"(%v646, %v647) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v649 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v650 = "stablehlo.broadcast_in_dim"(%v649) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v651 = "stablehlo.shift_right_logical"(%v648, %v650) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v652 = "stablehlo.xor"(%v648, %v651) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v653 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v654 = "stablehlo.broadcast_in_dim"(%v653) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v655 = "stablehlo.multiply"(%v652, %v654) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v656 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v657 = "stablehlo.broadcast_in_dim"(%v656) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v658 = "stablehlo.shift_right_logical"(%v655, %v657) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v659 = "stablehlo.xor"(%v655, %v658) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v660 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v661 = "stablehlo.broadcast_in_dim"(%v660) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v662 = "stablehlo.multiply"(%v659, %v661) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v663 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v664 = "stablehlo.broadcast_in_dim"(%v663) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v665 = "stablehlo.shift_right_logical"(%v662, %v664) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v666 = "stablehlo.xor"(%v662, %v665) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v667 = "stablehlo.constant"() {value = dense<1779033703> : tensor<ui32>} : () -> tensor<ui32>
    %v668 = "stablehlo.broadcast_in_dim"(%v667) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v669 = "stablehlo.add"(%v666, %v668) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v670 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v671 = "stablehlo.broadcast_in_dim"(%v670) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v672 = "stablehlo.shift_right_logical"(%v669, %v671) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v673 = "stablehlo.xor"(%v669, %v672) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v674 = "stablehlo.constant"() {value = dense<2246822507> : tensor<ui32>} : () -> tensor<ui32>
    %v675 = "stablehlo.broadcast_in_dim"(%v674) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v676 = "stablehlo.multiply"(%v673, %v675) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v677 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %v678 = "stablehlo.broadcast_in_dim"(%v677) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v679 = "stablehlo.shift_right_logical"(%v676, %v678) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v680 = "stablehlo.xor"(%v676, %v679) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v681 = "stablehlo.constant"() {value = dense<3266489909> : tensor<ui32>} : () -> tensor<ui32>
    %v682 = "stablehlo.broadcast_in_dim"(%v681) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v683 = "stablehlo.multiply"(%v680, %v682) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v684 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %v685 = "stablehlo.broadcast_in_dim"(%v684) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v686 = "stablehlo.shift_right_logical"(%v683, %v685) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v687 = "stablehlo.xor"(%v683, %v686) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v688 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %v689 = "stablehlo.broadcast_in_dim"(%v688) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1x96xui32>
    %v690 = "stablehlo.shift_right_logical"(%v687, %v689) : (tensor<1x96xui32>, tensor<1x96xui32>) -> tensor<1x96xui32>
    %v691 = "stablehlo.convert"(%v690) : (tensor<1x96xui32>) -> tensor<1x96xf32>
    %v692 = "stablehlo.constant"() {value = dense<0x3F000000> : tensor<f32>} : () -> tensor<f32>
    %v693 = "stablehlo.broadcast_in_dim"(%v692) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v694 = "stablehlo.add"(%v691, %v693) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v695 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<f32>} : () -> tensor<f32>
    %v696 = "stablehlo.broadcast_in_dim"(%v695) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v697 = "stablehlo.multiply"(%v694, %v696) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v698 = "stablehlo.log"(%v697) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v699 = "stablehlo.negate"(%v698) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v700 = "stablehlo.log"(%v699) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v701 = "stablehlo.negate"(%v700) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %v702 = "stablehlo.add"(%v437, %v701) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v703 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v704 = "stablehlo.broadcast_in_dim"(%v703) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v705 = "stablehlo.select"(%v582, %v702, %v704) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v706 = "stablehlo.reshape"(%v432) : (tensor<1x1xi1>) -> tensor<1xi1>
    %v707 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v708 = "stablehlo.compare"(%v428, %v428) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v709 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v710 = "stablehlo.broadcast_in_dim"(%v709) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v711 = "stablehlo.select"(%v708, %v428, %v710) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v712 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v716 = "stablehlo.reduce"(%v711, %v712) ({
      ^bb0(%v713: tensor<f32>, %v714: tensor<f32>):
        %v715 = "stablehlo.maximum"(%v713, %v714) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v715) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v717 = "stablehlo.reshape"(%v716) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v718 = "stablehlo.broadcast_in_dim"(%v717) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v719 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v720 = "stablehlo.compare"(%v711, %v718) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v721 = "stablehlo.broadcast_in_dim"(%v719) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v722 = "stablehlo.select"(%v720, %v707, %v721) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v723 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v727 = "stablehlo.reduce"(%v722, %v723) ({
      ^bb0(%v724: tensor<i32>, %v725: tensor<i32>):
        %v726 = "stablehlo.minimum"(%v724, %v725) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v726) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v728 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v729 = "stablehlo.broadcast_in_dim"(%v728) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v730 = "stablehlo.compare"(%v727, %v729) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %v731 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v732 = "stablehlo.broadcast_in_dim"(%v731) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v733 = "stablehlo.select"(%v730, %v732, %v727) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v734 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x96xi32>
    %v735 = "stablehlo.compare"(%v705, %v705) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v736 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v737 = "stablehlo.broadcast_in_dim"(%v736) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x96xf32>
    %v738 = "stablehlo.select"(%v735, %v705, %v737) : (tensor<1x96xi1>, tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %v739 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %v743 = "stablehlo.reduce"(%v738, %v739) ({
      ^bb0(%v740: tensor<f32>, %v741: tensor<f32>):
        %v742 = "stablehlo.maximum"(%v740, %v741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%v742) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xf32>, tensor<f32>) -> tensor<1xf32>
    %v744 = "stablehlo.reshape"(%v743) : (tensor<1xf32>) -> tensor<1x1xf32>
    %v745 = "stablehlo.broadcast_in_dim"(%v744) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x1xf32>) -> tensor<1x96xf32>
    %v746 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v747 = "stablehlo.compare"(%v738, %v745) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xi1>
    %v748 = "stablehlo.broadcast_in_dim"(%v746) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1x96xi32>
    %v749 = "stablehlo.select"(%v747, %v734, %v748) : (tensor<1x96xi1>, tensor<1x96xi32>, tensor<1x96xi32>) -> tensor<1x96xi32>
    %v750 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v754 = "stablehlo.reduce"(%v749, %v750) ({
      ^bb0(%v751: tensor<i32>, %v752: tensor<i32>):
        %v753 = "stablehlo.minimum"(%v751, %v752) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%v753) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x96xi32>, tensor<i32>) -> tensor<1xi32>
    %v755 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %v756 = "stablehlo.broadcast_in_dim"(%v755) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v757 = "stablehlo.compare"(%v754, %v756) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %v758 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %v759 = "stablehlo.broadcast_in_dim"(%v758) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v760 = "stablehlo.select"(%v757, %v759, %v754) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v761 = "stablehlo.select"(%v706, %v733, %v760) : (tensor<1xi1>, tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v762 = "stablehlo.reshape"(%v761) : (tensor<1xi32>) -> tensor<1x1xi32>
    "func.return"(%v762, %v173, %v348, %v175, %v350) : (tensor<1x1xi32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<2x64x16xf32>) -> ()
  }
  func.func private @manual_0(%v95: tensor<1x16x64xf32>, %v96: tensor<64x64xf32>, %v97: tensor<64x32xf32>, %v98: tensor<1x64x16xf32>, %v99: tensor<1x64x16xf32>, %v100: tensor<1x16x16xf32>, %v101: tensor<1x16x16xf32>, %v102: tensor<1x1x1x16x64xi1>, %v103: tensor<1x16xi32>, %v104: tensor<1xi32>, %v105: tensor<1xi32>) -> (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) {
    %v106 = "stablehlo.reshape"(%v95) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v107 = "stablehlo.custom_call"(%v106, %v96) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v108 = "stablehlo.reshape"(%v107) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v109 = "stablehlo.slice"(%v108) {limit_indices = array<i64: 1, 16, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x32xf32>
    %v110 = "stablehlo.reshape"(%v109) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v111 = "stablehlo.transpose"(%v110) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v112 = "stablehlo.slice"(%v111) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v113 = "stablehlo.slice"(%v111) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v114 = "stablehlo.negate"(%v113) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v115 = "stablehlo.concatenate"(%v114, %v112) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v116 = "stablehlo.reshape"(%v100) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v117 = "stablehlo.reshape"(%v101) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v118 = "stablehlo.broadcast_in_dim"(%v116) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v119 = "stablehlo.multiply"(%v111, %v118) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v120 = "stablehlo.broadcast_in_dim"(%v117) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v121 = "stablehlo.multiply"(%v115, %v120) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v122 = "stablehlo.add"(%v119, %v121) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v123 = "stablehlo.slice"(%v108) {limit_indices = array<i64: 1, 16, 48>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x16xf32>
    %v124 = "stablehlo.reshape"(%v123) : (tensor<1x16x16xf32>) -> tensor<1x16x1x16xf32>
    %v125 = "stablehlo.transpose"(%v124) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x1x16xf32>) -> tensor<1x1x16x16xf32>
    %v126 = "stablehlo.slice"(%v125) {limit_indices = array<i64: 1, 1, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x8xf32>
    %v127 = "stablehlo.slice"(%v125) {limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x8xf32>
    %v128 = "stablehlo.negate"(%v127) : (tensor<1x1x16x8xf32>) -> tensor<1x1x16x8xf32>
    %v129 = "stablehlo.concatenate"(%v128, %v126) {dimension = 3 : i64} : (tensor<1x1x16x8xf32>, tensor<1x1x16x8xf32>) -> tensor<1x1x16x16xf32>
    %v130 = "stablehlo.reshape"(%v100) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v131 = "stablehlo.reshape"(%v101) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v132 = "stablehlo.multiply"(%v125, %v130) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v133 = "stablehlo.multiply"(%v129, %v131) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v134 = "stablehlo.add"(%v132, %v133) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v135 = "stablehlo.slice"(%v108) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 48>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x16xf32>
    %v136 = "stablehlo.reshape"(%v135) : (tensor<1x16x16xf32>) -> tensor<1x16x1x16xf32>
    %v137 = "stablehlo.transpose"(%v136) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x1x16xf32>) -> tensor<1x1x16x16xf32>
    %v138 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %v139 = "stablehlo.broadcast_in_dim"(%v138) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v140 = "stablehlo.multiply"(%v105, %v139) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v141 = "stablehlo.reshape"(%v140) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v142 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v143 = "stablehlo.add"(%v141, %v142) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v144 = "stablehlo.reshape"(%v104) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v145 = "stablehlo.concatenate"(%v143, %v144) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v146 = "stablehlo.reshape"(%v134) : (tensor<1x1x16x16xf32>) -> tensor<1x16x16xf32>
    %v147 = "stablehlo.reshape"(%v137) : (tensor<1x1x16x16xf32>) -> tensor<1x16x16xf32>
    %v150 = "stablehlo.scatter"(%v98, %v145, %v146) ({
      ^bb0(%v148: tensor<f32>, %v149: tensor<f32>):
        "stablehlo.return"(%v149) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x16x16xf32>) -> tensor<1x64x16xf32>
    %v153 = "stablehlo.scatter"(%v99, %v145, %v147) ({
      ^bb0(%v151: tensor<f32>, %v152: tensor<f32>):
        "stablehlo.return"(%v152) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x16x16xf32>) -> tensor<1x64x16xf32>
    %v154 = "stablehlo.reshape"(%v122) : (tensor<1x2x16x16xf32>) -> tensor<1x1x2x16x16xf32>
    %v155 = "stablehlo.reshape"(%v154) : (tensor<1x1x2x16x16xf32>) -> tensor<1x32x16xf32>
    %v156 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v157 = "stablehlo.reshape"(%v155) : (tensor<1x32x16xf32>) -> tensor<1x2x16x16xf32>
    %v158 = "stablehlo.custom_call"(%v157, %v150, %v153, %v104, %v105, %v156) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<1x2x16x16xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %v159 = "stablehlo.reshape"(%v158) : (tensor<1x2x16x16xf32>) -> tensor<1x32x16xf32>
    %v160 = "stablehlo.reshape"(%v159) : (tensor<1x32x16xf32>) -> tensor<1x1x2x16x16xf32>
    %v161 = "stablehlo.transpose"(%v160) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x1x2x16x16xf32>) -> tensor<1x16x1x2x16xf32>
    %v162 = "stablehlo.reshape"(%v161) : (tensor<1x16x1x2x16xf32>) -> tensor<1x16x32xf32>
    %v163 = "stablehlo.reshape"(%v162) : (tensor<1x16x32xf32>) -> tensor<16x32xf32>
    %v164 = "stablehlo.custom_call"(%v163, %v97) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x32xf32>, tensor<64x32xf32>) -> tensor<16x64xf32>
    %v165 = "stablehlo.reshape"(%v164) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v166 = "stablehlo.reshape"(%v165) : (tensor<1x16x64xf32>) -> tensor<1x1x16x64xf32>
    "func.return"(%v166, %v150, %v153) : (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> ()
  }
  func.func private @manual_1(%v206: tensor<1x16x64xf32>, %v207: tensor<160x64xf32>, %v208: tensor<64x80xf32>) -> (tensor<1x1x16x64xf32>) {
    %v209 = "stablehlo.reshape"(%v206) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v210 = "stablehlo.custom_call"(%v209, %v207) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<160x64xf32>) -> tensor<16x160xf32>
    %v211 = "stablehlo.reshape"(%v210) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v212 = "stablehlo.slice"(%v211) {limit_indices = array<i64: 1, 16, 80>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x160xf32>) -> tensor<1x16x80xf32>
    %v213 = "stablehlo.slice"(%v211) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 80>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x160xf32>) -> tensor<1x16x80xf32>
    %v214 = "stablehlo.logistic"(%v212) : (tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v215 = "stablehlo.multiply"(%v212, %v214) : (tensor<1x16x80xf32>, tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v216 = "stablehlo.multiply"(%v215, %v213) : (tensor<1x16x80xf32>, tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v217 = "stablehlo.reshape"(%v216) : (tensor<1x16x80xf32>) -> tensor<16x80xf32>
    %v218 = "stablehlo.custom_call"(%v217, %v208) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x80xf32>, tensor<64x80xf32>) -> tensor<16x64xf32>
    %v219 = "stablehlo.reshape"(%v218) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v220 = "stablehlo.reshape"(%v219) : (tensor<1x16x64xf32>) -> tensor<1x1x16x64xf32>
    "func.return"(%v220) : (tensor<1x1x16x64xf32>) -> ()
  }
  func.func private @manual_2(%v270: tensor<1x16x64xf32>, %v271: tensor<64x64xf32>, %v272: tensor<64x32xf32>, %v273: tensor<1x64x16xf32>, %v274: tensor<1x64x16xf32>, %v275: tensor<1x16x16xf32>, %v276: tensor<1x16x16xf32>, %v277: tensor<1x1x1x16x64xi1>, %v278: tensor<1x16xi32>, %v279: tensor<1xi32>, %v280: tensor<1xi32>) -> (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) {
    %v281 = "stablehlo.reshape"(%v270) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v282 = "stablehlo.custom_call"(%v281, %v271) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<64x64xf32>) -> tensor<16x64xf32>
    %v283 = "stablehlo.reshape"(%v282) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v284 = "stablehlo.slice"(%v283) {limit_indices = array<i64: 1, 16, 32>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x32xf32>
    %v285 = "stablehlo.reshape"(%v284) : (tensor<1x16x32xf32>) -> tensor<1x16x2x16xf32>
    %v286 = "stablehlo.transpose"(%v285) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x2x16xf32>) -> tensor<1x2x16x16xf32>
    %v287 = "stablehlo.slice"(%v286) {limit_indices = array<i64: 1, 2, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v288 = "stablehlo.slice"(%v286) {limit_indices = array<i64: 1, 2, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x8xf32>
    %v289 = "stablehlo.negate"(%v288) : (tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
    %v290 = "stablehlo.concatenate"(%v289, %v287) {dimension = 3 : i64} : (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) -> tensor<1x2x16x16xf32>
    %v291 = "stablehlo.reshape"(%v275) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v292 = "stablehlo.reshape"(%v276) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v293 = "stablehlo.broadcast_in_dim"(%v291) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v294 = "stablehlo.multiply"(%v286, %v293) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v295 = "stablehlo.broadcast_in_dim"(%v292) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v296 = "stablehlo.multiply"(%v290, %v295) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v297 = "stablehlo.add"(%v294, %v296) : (tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
    %v298 = "stablehlo.slice"(%v283) {limit_indices = array<i64: 1, 16, 48>, start_indices = array<i64: 0, 0, 32>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x16xf32>
    %v299 = "stablehlo.reshape"(%v298) : (tensor<1x16x16xf32>) -> tensor<1x16x1x16xf32>
    %v300 = "stablehlo.transpose"(%v299) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x1x16xf32>) -> tensor<1x1x16x16xf32>
    %v301 = "stablehlo.slice"(%v300) {limit_indices = array<i64: 1, 1, 16, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x8xf32>
    %v302 = "stablehlo.slice"(%v300) {limit_indices = array<i64: 1, 1, 16, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x8xf32>
    %v303 = "stablehlo.negate"(%v302) : (tensor<1x1x16x8xf32>) -> tensor<1x1x16x8xf32>
    %v304 = "stablehlo.concatenate"(%v303, %v301) {dimension = 3 : i64} : (tensor<1x1x16x8xf32>, tensor<1x1x16x8xf32>) -> tensor<1x1x16x16xf32>
    %v305 = "stablehlo.reshape"(%v275) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v306 = "stablehlo.reshape"(%v276) : (tensor<1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v307 = "stablehlo.multiply"(%v300, %v305) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v308 = "stablehlo.multiply"(%v304, %v306) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v309 = "stablehlo.add"(%v307, %v308) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %v310 = "stablehlo.slice"(%v283) {limit_indices = array<i64: 1, 16, 64>, start_indices = array<i64: 0, 0, 48>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x64xf32>) -> tensor<1x16x16xf32>
    %v311 = "stablehlo.reshape"(%v310) : (tensor<1x16x16xf32>) -> tensor<1x16x1x16xf32>
    %v312 = "stablehlo.transpose"(%v311) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<1x16x1x16xf32>) -> tensor<1x1x16x16xf32>
    %v313 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %v314 = "stablehlo.broadcast_in_dim"(%v313) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<1xi32>
    %v315 = "stablehlo.multiply"(%v280, %v314) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %v316 = "stablehlo.reshape"(%v315) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v317 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<1x1xi32>
    %v318 = "stablehlo.add"(%v316, %v317) : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x1xi32>
    %v319 = "stablehlo.reshape"(%v279) : (tensor<1xi32>) -> tensor<1x1xi32>
    %v320 = "stablehlo.concatenate"(%v318, %v319) {dimension = 1 : i64} : (tensor<1x1xi32>, tensor<1x1xi32>) -> tensor<1x2xi32>
    %v321 = "stablehlo.reshape"(%v309) : (tensor<1x1x16x16xf32>) -> tensor<1x16x16xf32>
    %v322 = "stablehlo.reshape"(%v312) : (tensor<1x1x16x16xf32>) -> tensor<1x16x16xf32>
    %v325 = "stablehlo.scatter"(%v273, %v320, %v321) ({
      ^bb0(%v323: tensor<f32>, %v324: tensor<f32>):
        "stablehlo.return"(%v324) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x16x16xf32>) -> tensor<1x64x16xf32>
    %v328 = "stablehlo.scatter"(%v274, %v320, %v322) ({
      ^bb0(%v326: tensor<f32>, %v327: tensor<f32>):
        "stablehlo.return"(%v327) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = false} : (tensor<1x64x16xf32>, tensor<1x2xi32>, tensor<1x16x16xf32>) -> tensor<1x64x16xf32>
    %v329 = "stablehlo.reshape"(%v297) : (tensor<1x2x16x16xf32>) -> tensor<1x1x2x16x16xf32>
    %v330 = "stablehlo.reshape"(%v329) : (tensor<1x1x2x16x16xf32>) -> tensor<1x32x16xf32>
    %v331 = "stablehlo.constant"() {value = dense<8> : tensor<i32>} : () -> tensor<i32>
    %v332 = "stablehlo.reshape"(%v330) : (tensor<1x32x16xf32>) -> tensor<1x2x16x16xf32>
    %v333 = "stablehlo.custom_call"(%v332, %v325, %v328, %v279, %v280, %v331) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_attention", operand_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<[2, 1, 0]> : tensor<3xindex>, dense<0> : tensor<1xindex>, dense<0> : tensor<1xindex>, dense<> : tensor<0xindex>], result_layouts = [dense<[3, 2, 1, 0]> : tensor<4xindex>]} : (tensor<1x2x16x16xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>, tensor<1xi32>, tensor<1xi32>, tensor<i32>) -> tensor<1x2x16x16xf32>
    %v334 = "stablehlo.reshape"(%v333) : (tensor<1x2x16x16xf32>) -> tensor<1x32x16xf32>
    %v335 = "stablehlo.reshape"(%v334) : (tensor<1x32x16xf32>) -> tensor<1x1x2x16x16xf32>
    %v336 = "stablehlo.transpose"(%v335) {permutation = array<i64: 0, 3, 1, 2, 4>} : (tensor<1x1x2x16x16xf32>) -> tensor<1x16x1x2x16xf32>
    %v337 = "stablehlo.reshape"(%v336) : (tensor<1x16x1x2x16xf32>) -> tensor<1x16x32xf32>
    %v338 = "stablehlo.reshape"(%v337) : (tensor<1x16x32xf32>) -> tensor<16x32xf32>
    %v339 = "stablehlo.custom_call"(%v338, %v272) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x32xf32>, tensor<64x32xf32>) -> tensor<16x64xf32>
    %v340 = "stablehlo.reshape"(%v339) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v341 = "stablehlo.reshape"(%v340) : (tensor<1x16x64xf32>) -> tensor<1x1x16x64xf32>
    "func.return"(%v341, %v325, %v328) : (tensor<1x1x16x64xf32>, tensor<1x64x16xf32>, tensor<1x64x16xf32>) -> ()
  }
  func.func private @manual_3(%v381: tensor<1x16x64xf32>, %v382: tensor<160x64xf32>, %v383: tensor<64x80xf32>) -> (tensor<1x1x16x64xf32>) {
    %v384 = "stablehlo.reshape"(%v381) : (tensor<1x16x64xf32>) -> tensor<16x64xf32>
    %v385 = "stablehlo.custom_call"(%v384, %v382) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x64xf32>, tensor<160x64xf32>) -> tensor<16x160xf32>
    %v386 = "stablehlo.reshape"(%v385) : (tensor<16x160xf32>) -> tensor<1x16x160xf32>
    %v387 = "stablehlo.slice"(%v386) {limit_indices = array<i64: 1, 16, 80>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x160xf32>) -> tensor<1x16x80xf32>
    %v388 = "stablehlo.slice"(%v386) {limit_indices = array<i64: 1, 16, 160>, start_indices = array<i64: 0, 0, 80>, strides = array<i64: 1, 1, 1>} : (tensor<1x16x160xf32>) -> tensor<1x16x80xf32>
    %v389 = "stablehlo.logistic"(%v387) : (tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v390 = "stablehlo.multiply"(%v387, %v389) : (tensor<1x16x80xf32>, tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v391 = "stablehlo.multiply"(%v390, %v388) : (tensor<1x16x80xf32>, tensor<1x16x80xf32>) -> tensor<1x16x80xf32>
    %v392 = "stablehlo.reshape"(%v391) : (tensor<1x16x80xf32>) -> tensor<16x80xf32>
    %v393 = "stablehlo.custom_call"(%v392, %v383) {api_version = 4 : i32, backend_config = {}, call_target_name = "xlagen_f32_matvec", operand_layouts = [dense<[1, 0]> : tensor<2xindex>, dense<[1, 0]> : tensor<2xindex>], result_layouts = [dense<[1, 0]> : tensor<2xindex>]} : (tensor<16x80xf32>, tensor<64x80xf32>) -> tensor<16x64xf32>
    %v394 = "stablehlo.reshape"(%v393) : (tensor<16x64xf32>) -> tensor<1x16x64xf32>
    %v395 = "stablehlo.reshape"(%v394) : (tensor<1x16x64xf32>) -> tensor<1x1x16x64xf32>
    "func.return"(%v395) : (tensor<1x1x16x64xf32>) -> ()
  }
}
