// ap_done from a register without reset (set by the last iteration, cleared in the idle and done states):
// after a power failure and a one-cycle reset it may come up high before the design has run. 64 iterations of acc = 3 * acc + 1.
`timescale 1 ns / 1 ps
module late_done (ap_clk, ap_rst, ap_start, ap_done, ap_idle, ap_ready, x, ap_return);
parameter ap_ST_fsm_state1 = 3'd1;
parameter ap_ST_fsm_state2 = 3'd2;
parameter ap_ST_fsm_state3 = 3'd4;
input ap_clk;
input ap_rst;
input ap_start;
output ap_done;
output ap_idle;
output ap_ready;
input [15:0] x;
output [15:0] ap_return;
reg [2:0] ap_CS_fsm;
reg [2:0] ap_NS_fsm;
reg [5:0] i_reg;
reg [15:0] acc_reg;
reg done_q;
wire ap_CS_fsm_state1 = ap_CS_fsm[0];
wire ap_CS_fsm_state2 = ap_CS_fsm[1];
wire ap_CS_fsm_state3 = ap_CS_fsm[2];
always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_CS_fsm <= ap_ST_fsm_state1;
    end else begin
        ap_CS_fsm <= ap_NS_fsm;
    end
end
always @ (posedge ap_clk) begin
    if (ap_CS_fsm_state1 & ap_start) begin
        i_reg <= 6'd0;
        acc_reg <= x;
    end else if (ap_CS_fsm_state2 == 1'b1) begin
        i_reg <= i_reg + 6'd1;
        acc_reg <= acc_reg * 16'd3 + 16'd1;
    end
end
always @ (posedge ap_clk) begin
    if (ap_CS_fsm_state1 | ap_CS_fsm_state3) begin
        done_q <= 1'b0;
    end else if (ap_CS_fsm_state2 & (i_reg == 6'd63)) begin
        done_q <= 1'b1;
    end
end
always @ (*) begin
    case (ap_CS_fsm)
        ap_ST_fsm_state1: ap_NS_fsm = ap_start ? ap_ST_fsm_state2 : ap_ST_fsm_state1;
        ap_ST_fsm_state2: ap_NS_fsm = (i_reg == 6'd63) ? ap_ST_fsm_state3 : ap_ST_fsm_state2;
        ap_ST_fsm_state3: ap_NS_fsm = ap_ST_fsm_state1;
        default: ap_NS_fsm = 3'bxxx;
    endcase
end
assign ap_done = done_q;
assign ap_ready = done_q;
assign ap_idle = ap_CS_fsm_state1 & ~ap_start;
assign ap_return = acc_reg;
endmodule
