// Vitis style: the first read of array `a` is issued in the idle state, in the very cycle ap_start is seen
// (a_ce0 = ap_start & state1), and its data is used in the next state. Returns a[0] + a[1].
`timescale 1 ns / 1 ps
module first_read (ap_clk, ap_rst, ap_start, ap_done, ap_idle, ap_ready, a_address0, a_ce0, a_q0, ap_return);
parameter ap_ST_fsm_state1 = 4'd1;
parameter ap_ST_fsm_state2 = 4'd2;
parameter ap_ST_fsm_state3 = 4'd4;
parameter ap_ST_fsm_state4 = 4'd8;
input ap_clk;
input ap_rst;
input ap_start;
output ap_done;
output ap_idle;
output ap_ready;
output [0:0] a_address0;
output a_ce0;
input [31:0] a_q0;
output [31:0] ap_return;
reg [3:0] ap_CS_fsm;
reg [3:0] ap_NS_fsm;
reg [31:0] r0_reg;
reg [31:0] sum_reg;
wire ap_CS_fsm_state1 = ap_CS_fsm[0];
wire ap_CS_fsm_state2 = ap_CS_fsm[1];
wire ap_CS_fsm_state3 = ap_CS_fsm[2];
wire ap_CS_fsm_state4 = ap_CS_fsm[3];
always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_CS_fsm <= ap_ST_fsm_state1;
    end else begin
        ap_CS_fsm <= ap_NS_fsm;
    end
end
always @ (posedge ap_clk) begin
    if (ap_CS_fsm_state2 == 1'b1) begin
        r0_reg <= a_q0;
    end
end
always @ (posedge ap_clk) begin
    if (ap_CS_fsm_state3 == 1'b1) begin
        sum_reg <= r0_reg + a_q0;
    end
end
always @ (*) begin
    case (ap_CS_fsm)
        ap_ST_fsm_state1: ap_NS_fsm = ap_start ? ap_ST_fsm_state2 : ap_ST_fsm_state1;
        ap_ST_fsm_state2: ap_NS_fsm = ap_ST_fsm_state3;
        ap_ST_fsm_state3: ap_NS_fsm = ap_ST_fsm_state4;
        ap_ST_fsm_state4: ap_NS_fsm = ap_ST_fsm_state1;
        default: ap_NS_fsm = 4'bxxxx;
    endcase
end
assign a_ce0 = (ap_CS_fsm_state1 & ap_start) | ap_CS_fsm_state2;
assign a_address0 = ap_CS_fsm_state2;
assign ap_done = ap_CS_fsm_state4;
assign ap_ready = ap_CS_fsm_state4;
assign ap_idle = ap_CS_fsm_state1 & ~ap_start;
assign ap_return = sum_reg;
endmodule
