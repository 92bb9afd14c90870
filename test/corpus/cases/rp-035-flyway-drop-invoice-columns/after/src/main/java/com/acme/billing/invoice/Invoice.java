package com.acme.billing.invoice;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "invoice")
public class Invoice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant issuedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> taxBreakdown;
}
