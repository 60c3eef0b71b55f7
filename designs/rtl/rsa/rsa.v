// ==============================================================
// Hand-written in the style of Vivado(TM) HLS 2019.1 output (block-level ap_ctrl_hs, one-hot ap_CS_fsm with
// ap_ST_fsm_stateN parameters, one always block per register, scalar ports, ap_return): the RSA primitive
// base^exponent mod modulus on 32-bit operands, right-to-left square and multiply, each modular product by
// interleaved shift-and-add, one bit a cycle (about 2,100 cycles a call). Not tool output.
//   state1: idle; on ap_start r <= 1, b <= base, e <= exponent, k <= 0
//   state2: exponent loop header: k == 32 exits to state5; p <= 0, m <= 0; e[0] ? state3 : state4
//   state3: multiply loop (self-loop): p <= 2p + r[31-m] b mod n; after 32 bits r <= p
//   state4: square loop (self-loop): p <= 2p + b[31-m] b mod n; after 32 bits b <= p, e <= e >> 1, k++
//   state5: ap_done, ap_return = r
// ==============================================================
`timescale 1 ns / 1 ps

(* CORE_GENERATION_INFO="rsa,hls_ip_2019_1,{HLS_INPUT_TYPE=c,HLS_SYN_LAT=2113}" *)

module rsa (
        ap_clk,
        ap_rst,
        ap_start,
        ap_done,
        ap_idle,
        ap_ready,
        base,
        exponent,
        modulus,
        ap_return
);

parameter    ap_ST_fsm_state1 = 5'd1;
parameter    ap_ST_fsm_state2 = 5'd2;
parameter    ap_ST_fsm_state3 = 5'd4;
parameter    ap_ST_fsm_state4 = 5'd8;
parameter    ap_ST_fsm_state5 = 5'd16;

input   ap_clk;
input   ap_rst;
input   ap_start;
output   ap_done;
output   ap_idle;
output   ap_ready;
input  [31:0] base;
input  [31:0] exponent;
input  [31:0] modulus;
output  [31:0] ap_return;

reg ap_done;
reg ap_idle;
reg ap_ready;

(* fsm_encoding = "none" *) reg   [4:0] ap_CS_fsm;
wire    ap_CS_fsm_state1;
wire    ap_CS_fsm_state2;
wire    ap_CS_fsm_state3;
wire    ap_CS_fsm_state4;
wire    ap_CS_fsm_state5;
reg   [31:0] r_reg_100;
reg   [31:0] b_reg_110;
reg   [31:0] e_reg_120;
reg   [31:0] n_reg_130;
reg   [32:0] p_reg_140;
reg   [5:0] k_reg_150;
reg   [4:0] m_reg_160;
wire    exitcond_fu_170_p2;
wire    lastbit_fu_174_p2;
wire   [31:0] x_fu_178_p3;
wire    xbit_fu_182_p3;
wire   [32:0] dbl_fu_186_p2;
wire   [32:0] red1_fu_190_p3;
wire   [32:0] add_fu_194_p2;
wire   [32:0] red2_fu_198_p3;
reg   [4:0] ap_NS_fsm;

// power-on value, as Vivado writes it
initial begin
#0 ap_CS_fsm = 5'd1;
end

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_CS_fsm <= ap_ST_fsm_state1;
    end else begin
        ap_CS_fsm <= ap_NS_fsm;
    end
end

always @ (posedge ap_clk) begin
    if (((lastbit_fu_174_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state3))) begin
        r_reg_100 <= red2_fu_198_p3[31:0];
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        r_reg_100 <= 32'd1;
    end
end

always @ (posedge ap_clk) begin
    if (((lastbit_fu_174_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state4))) begin
        b_reg_110 <= red2_fu_198_p3[31:0];
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        b_reg_110 <= base;
    end
end

always @ (posedge ap_clk) begin
    if (((lastbit_fu_174_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state4))) begin
        e_reg_120 <= {1'b0, e_reg_120[31:1]};
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        e_reg_120 <= exponent;
    end
end

always @ (posedge ap_clk) begin
    if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        n_reg_130 <= modulus;
    end
end

always @ (posedge ap_clk) begin
    if ((((lastbit_fu_174_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state3)) | ((lastbit_fu_174_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state4)))) begin
        p_reg_140 <= red2_fu_198_p3;
    end else if ((((exitcond_fu_170_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state2)) | ((lastbit_fu_174_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state3)))) begin
        p_reg_140 <= 33'd0;
    end
end

always @ (posedge ap_clk) begin
    if (((1'b1 == ap_CS_fsm_state3) | (1'b1 == ap_CS_fsm_state4))) begin
        m_reg_160 <= m_reg_160 + 5'd1;
    end else if (((exitcond_fu_170_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state2))) begin
        m_reg_160 <= 5'd0;
    end
end

always @ (posedge ap_clk) begin
    if (((lastbit_fu_174_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state4))) begin
        k_reg_150 <= k_reg_150 + 6'd1;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        k_reg_150 <= 6'd0;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state5)) begin
        ap_done = 1'b1;
    end else begin
        ap_done = 1'b0;
    end
end

always @ (*) begin
    if (((ap_start == 1'b0) & (1'b1 == ap_CS_fsm_state1))) begin
        ap_idle = 1'b1;
    end else begin
        ap_idle = 1'b0;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state5)) begin
        ap_ready = 1'b1;
    end else begin
        ap_ready = 1'b0;
    end
end

always @ (*) begin
    case (ap_CS_fsm)
        ap_ST_fsm_state1 : begin
            if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
                ap_NS_fsm = ap_ST_fsm_state2;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state1;
            end
        end
        ap_ST_fsm_state2 : begin
            if (((exitcond_fu_170_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state2))) begin
                ap_NS_fsm = ap_ST_fsm_state5;
            end else if ((e_reg_120[0] == 1'b1)) begin
                ap_NS_fsm = ap_ST_fsm_state3;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state4;
            end
        end
        ap_ST_fsm_state3 : begin
            if (((lastbit_fu_174_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state3))) begin
                ap_NS_fsm = ap_ST_fsm_state4;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state3;
            end
        end
        ap_ST_fsm_state4 : begin
            if (((lastbit_fu_174_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state4))) begin
                ap_NS_fsm = ap_ST_fsm_state2;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state4;
            end
        end
        ap_ST_fsm_state5 : begin
            ap_NS_fsm = ap_ST_fsm_state1;
        end
        default : begin
            ap_NS_fsm = 'bx;
        end
    endcase
end

assign ap_CS_fsm_state1 = ap_CS_fsm[32'd0];
assign ap_CS_fsm_state2 = ap_CS_fsm[32'd1];
assign ap_CS_fsm_state3 = ap_CS_fsm[32'd2];
assign ap_CS_fsm_state4 = ap_CS_fsm[32'd3];
assign ap_CS_fsm_state5 = ap_CS_fsm[32'd4];
assign ap_return = r_reg_100;
assign exitcond_fu_170_p2 = ((k_reg_150 == 6'd32) ? 1'b1 : 1'b0);
assign lastbit_fu_174_p2 = ((m_reg_160 == 5'd31) ? 1'b1 : 1'b0);
// one interleaved step: p = 2p (- n), + b when the multiplier's next bit is set (- n)
assign x_fu_178_p3 = ((1'b1 == ap_CS_fsm_state3) ? r_reg_100 : b_reg_110);
assign xbit_fu_182_p3 = x_fu_178_p3[5'd31 - m_reg_160];
assign dbl_fu_186_p2 = {p_reg_140[31:0], 1'b0};
assign red1_fu_190_p3 = ((dbl_fu_186_p2 >= {1'b0, n_reg_130}) ? (dbl_fu_186_p2 - {1'b0, n_reg_130}) : dbl_fu_186_p2);
assign add_fu_194_p2 = red1_fu_190_p3 + ((xbit_fu_182_p3 == 1'b1) ? {1'b0, b_reg_110} : 33'd0);
assign red2_fu_198_p3 = ((add_fu_194_p2 >= {1'b0, n_reg_130}) ? (add_fu_194_p2 - {1'b0, n_reg_130}) : add_fu_194_p2);

endmodule
