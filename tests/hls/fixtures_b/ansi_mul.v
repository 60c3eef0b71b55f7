// Hand-written fixture for the instrumenter: ANSI ports, asynchronous active-low reset, begin-less
// if/else and case arms, an escaped identifier, attributes, an initialiser, and a helper submodule.
`timescale 1ns / 1ps

module acc_reg #(parameter W = 16) (
    input wire clk,
    input wire rst_n,
    input wire clr,
    input wire en,
    input wire [W-1:0] d,
    output reg [W-1:0] q
);
    always @(posedge clk or negedge rst_n)
        if (!rst_n) q <= {W{1'b0}};
        else if (clr) q <= {W{1'b0}};
        else if (en) q <= q + d;
endmodule

module ansi_mul (
    input wire clk,
    input wire rst_n,
    input wire start,
    input wire [7:0] a,
    input wire [7:0] b,
    output reg done,
    output wire [15:0] product
);
    localparam [1:0] IDLE = 2'd0, LOAD = 2'd1, STEP = 2'd2, FIN = 2'd3;
    (* fsm_encoding = "none" *) reg [1:0] state = IDLE;
    reg [7:0] \count$q ;
    reg [7:0] addend;
    wire step_en = (state == STEP) && (\count$q  != 8'd0);

    acc_reg #(.W(16)) u_acc (.clk(clk), .rst_n(rst_n), .clr(state == LOAD), .en(step_en), .d({8'd0, addend}), .q(product));

    always @(posedge clk or negedge rst_n) begin
        if (!rst_n) state <= IDLE;
        else case (state)
            IDLE: if (start) state <= LOAD;
            LOAD: state <= STEP;
            STEP: if (\count$q  == 8'd1 || \count$q  == 8'd0) state <= FIN;
            default: state <= IDLE;
        endcase
    end

    always @(posedge clk)
        if (state == LOAD) begin : load_operands
            \count$q  <= b;
            addend <= a;
        end else if (step_en)
            \count$q  <= \count$q  - 8'd1;

    always @(*) begin
        done = (state == FIN);
    end
endmodule
