// Vivado HLS style: a C static accumulator. `acc` has a power-on value (reg acc = 5) and no reset, like a
// `static int acc = 5;` that Vivado keeps in a register: each call returns acc + x and stores it in acc.
`timescale 1 ns / 1 ps
module static_acc (ap_clk, ap_rst, ap_start, ap_done, ap_idle, ap_ready, x, ap_return);
parameter ap_ST_fsm_state1 = 3'd1;
parameter ap_ST_fsm_state2 = 3'd2;
parameter ap_ST_fsm_state3 = 3'd4;
input ap_clk;
input ap_rst;
input ap_start;
output ap_done;
output ap_idle;
output ap_ready;
input [7:0] x;
output [15:0] ap_return;
reg [2:0] ap_CS_fsm;
reg [2:0] ap_NS_fsm;
reg [15:0] acc = 16'd5;
reg [15:0] t_reg;
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
    if (ap_CS_fsm_state2 == 1'b1) begin
        t_reg <= acc + x;
    end
end
always @ (posedge ap_clk) begin
    if (ap_CS_fsm_state3 == 1'b1) begin
        acc <= t_reg;
    end
end
always @ (*) begin
    case (ap_CS_fsm)
        ap_ST_fsm_state1: ap_NS_fsm = ap_start ? ap_ST_fsm_state2 : ap_ST_fsm_state1;
        ap_ST_fsm_state2: ap_NS_fsm = ap_ST_fsm_state3;
        ap_ST_fsm_state3: ap_NS_fsm = ap_ST_fsm_state1;
        default: ap_NS_fsm = 3'bxxx;
    endcase
end
assign ap_done = ap_CS_fsm_state3;
assign ap_ready = ap_CS_fsm_state3;
assign ap_idle = ap_CS_fsm_state1 & ~ap_start;
assign ap_return = t_reg;
endmodule
