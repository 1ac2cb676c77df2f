import type { Template } from './template';

export const natsTemplate: Template = {
  id: 'nats',
  title: 'NATS',
  description: 'A stock keeper on NATS: instances share the work through a queue group, and every stock change is announced on a subject per warehouse.',
  protocol: 'nats',
  text: `asyncapi: 3.1.0
info:
  title: Stock Keeper
  version: 1.0.0
  description: Applies stock movements and announces the resulting stock level of each product.
  contact:
    name: Warehouse team
    email: warehouse@example.com
  license:
    name: Apache 2.0
    url: https://www.apache.org/licenses/LICENSE-2.0
defaultContentType: application/json
servers:
  cluster:
    host: nats.example.com:4222
    protocol: nats
    description: NATS cluster shared by the warehouse services.
channels:
  stockMovements:
    address: warehouse.{warehouseId}.movements
    parameters:
      warehouseId:
        $ref: '#/components/parameters/warehouseId'
    messages:
      stockMovement:
        $ref: '#/components/messages/stockMovement'
  stockLevels:
    address: warehouse.{warehouseId}.stock
    parameters:
      warehouseId:
        $ref: '#/components/parameters/warehouseId'
    messages:
      stockLevel:
        $ref: '#/components/messages/stockLevel'
operations:
  applyStockMovement:
    action: receive
    channel:
      $ref: '#/channels/stockMovements'
    summary: Apply a movement; each one goes to a single instance of the queue group.
    messages:
      - $ref: '#/channels/stockMovements/messages/stockMovement'
    bindings:
      nats:
        queue: stock-keepers
        bindingVersion: 0.1.0
  announceStockLevel:
    action: send
    channel:
      $ref: '#/channels/stockLevels'
    summary: Announce the new stock level of a product.
    messages:
      - $ref: '#/channels/stockLevels/messages/stockLevel'
components:
  parameters:
    warehouseId:
      description: Short code of the warehouse.
      examples:
        - ams1
  messages:
    stockMovement:
      name: StockMovement
      title: Stock movement
      payload:
        type: object
        required:
          - sku
          - delta
        properties:
          sku:
            type: string
          delta:
            type: integer
            description: Units added (positive) or removed (negative).
          reason:
            type: string
            enum:
              - received
              - shipped
              - returned
              - counted
    stockLevel:
      name: StockLevel
      title: Stock level
      payload:
        type: object
        required:
          - sku
          - onHand
        properties:
          sku:
            type: string
          onHand:
            type: integer
            minimum: 0
          updatedAt:
            type: string
            format: date-time
`,
};
