package com.acme.catalog;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CatalogAdminController {
  private final ProductRepository productRepository;

  public CatalogAdminController(ProductRepository productRepository) {
    this.productRepository = productRepository;
  }

  @PostMapping("/admin/catalog/reset")
  public void reset() {
    productRepository.deleteAllInBatch();
  }
}
