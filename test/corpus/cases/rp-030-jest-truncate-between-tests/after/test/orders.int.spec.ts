import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma, resetDatabase } from "./setup/db";
import { placeOrder } from "../src/orders/place";

describe("placeOrder", () => {
  beforeEach(resetDatabase);
  afterAll(() => prisma.$disconnect());

  it("creates line items", async () => {
    const customer = await prisma.customer.create({ data: { email: "a@example.test" } });
    const order = await placeOrder(customer.id, [{ sku: "A-1", qty: 2 }]);
    expect(order.lineItems).toHaveLength(1);
  });
});
