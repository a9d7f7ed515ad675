using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarPulse.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Checkouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CustomerEmail",
                table: "Payments",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PaymentProcessing",
                table: "OrderSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "OrderSessions",
                type: "TEXT",
                maxLength: 11,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DemoCheckouts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OrderReference = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    SuccessUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    CancelUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemoCheckouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentAttempts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrderSessionId = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CheckoutId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CheckoutUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PreferredMethod = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentAttempts_OrderSessions_OrderSessionId",
                        column: x => x.OrderSessionId,
                        principalTable: "OrderSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Orders made before references existed get one each, so the unique index holds.
            migrationBuilder.Sql("UPDATE OrderSessions SET Reference = 'CP-' || upper(hex(randomblob(4))) WHERE Reference = '';");

            migrationBuilder.CreateIndex(
                name: "IX_OrderSessions_Reference",
                table: "OrderSessions",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemoCheckouts_IdempotencyKey",
                table: "DemoCheckouts",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAttempts_OrderSessionId_Number",
                table: "PaymentAttempts",
                columns: new[] { "OrderSessionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAttempts_Provider_CheckoutId",
                table: "PaymentAttempts",
                columns: new[] { "Provider", "CheckoutId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemoCheckouts");

            migrationBuilder.DropTable(
                name: "PaymentAttempts");

            migrationBuilder.DropIndex(
                name: "IX_OrderSessions_Reference",
                table: "OrderSessions");

            migrationBuilder.DropColumn(
                name: "CustomerEmail",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "PaymentProcessing",
                table: "OrderSessions");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "OrderSessions");
        }
    }
}
