package orders

type Order struct {
	ID             int64
	CustomerID     int64
	ShippingRegion *string
}
